using System.Globalization;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Forms;

namespace SkoleUtvikling.Cards.Reflection;

/// <summary>The reflection note as a general form card: one required long-text field per question.</summary>
internal static class ReflectionForm
{
    public static FormCardModel Model(ReflectionFormModel model) => new FormCardModel(ReflectionCardTexts.FormHeading, Fields(model.Questions), Verbs)
    {
        Title = model.Title,
        Facts = [new(ReflectionCardTexts.MeetingLabel, model.Meeting), new(ReflectionCardTexts.DeadlineLabel, model.Deadline)],
        Intro = model.Intro ?? ReflectionCardTexts.FormIntro,
        Values = model.Answers,
        Errors = [.. model.Errors.Select(ToForm)],
        Surface = model.Surface == ReflectionFormSurface.Dialog ? FormCardSurface.Dialog : FormCardSurface.Inline,
        Data = new Dictionary<string, string>(StringComparer.Ordinal) { [ReflectionFields.RoundId] = model.RoundId },
    };

    /// <summary>The form to read a submit with: only the fields and verbs matter there.</summary>
    public static FormCardModel ForParsing(IReadOnlyList<ReflectionQuestion> questions) => new(ReflectionCardTexts.FormHeading, Fields(questions), Verbs);

    public static FormCardError ToForm(ReflectionFieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var limit = error.Limit.ToString(CultureInfo.InvariantCulture);
        return error.Kind switch
        {
            ReflectionErrorKind.TooShort => new(error.QuestionId, FormCardErrorKind.TooShort, limit),
            ReflectionErrorKind.TooLong => new(error.QuestionId, FormCardErrorKind.TooLong, limit),
            _ => new(error.QuestionId, FormCardErrorKind.Missing, limit),
        };
    }

    /// <summary>A form error of a reflection field, with the limit the question has.</summary>
    public static ReflectionFieldError FromForm(FormCardError error, ReflectionQuestion question) => error.Kind switch
    {
        FormCardErrorKind.TooShort => new(question.Id, ReflectionErrorKind.TooShort, question.MinLength),
        FormCardErrorKind.TooLong => new(question.Id, ReflectionErrorKind.TooLong, question.MaxLength),
        _ => new(question.Id, ReflectionErrorKind.Empty, question.MinLength),
    };

    private static FormCardVerbs Verbs { get; } = new(ActionIds.ReflectionSubmit);

    private static List<FormCardField> Fields(IReadOnlyList<ReflectionQuestion> questions) =>
        [.. questions.Select(q => FormCardField.LongText(q.Id, q.Text, q.MaxLength, q.MinLength) with
        {
            Placeholder = ReflectionCardTexts.Placeholder,
            InputErrorMessage = ReflectionCardTexts.InputErrorMessage(q),
        })];
}
