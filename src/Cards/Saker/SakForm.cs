using SkoleUtvikling.Cards.Forms;

namespace SkoleUtvikling.Cards.Saker;

/// <summary>
/// The sak form on the general form card: title, short description, who presents, minutes needed.
/// The same model parses the submit (<see cref="FormCardSubmission.Parse"/>), so errors come back under
/// their field with everything typed kept.
/// </summary>
public static class SakForm
{
    public const string Title = "tittel";
    public const string Description = "beskrivelse";
    public const string Presenter = "presenterer";
    public const string Minutes = "minutter";

    public const int TitleMaxLength = 120;
    public const int DescriptionMaxLength = 1000;
    public const int PresenterMaxLength = 120;
    public const int MinMinutes = 5;
    public const int MaxMinutes = 180;

    public static IReadOnlyList<FormCardField> Fields { get; } =
    [
        FormCardField.ShortText(Title, SakerCardTexts.TitleLabel, TitleMaxLength),
        FormCardField.LongText(Description, SakerCardTexts.DescriptionLabel, DescriptionMaxLength) with { Help = SakerCardTexts.DescriptionHelp },
        FormCardField.ShortText(Presenter, SakerCardTexts.PresenterLabel, PresenterMaxLength),
        FormCardField.Number(Minutes, SakerCardTexts.MinutesLabel, MinMinutes, MaxMinutes),
    ];

    /// <summary>
    /// A chase (automatic or «Purr»): the form inline in the person's 1:1 chat, with the chase's friendly
    /// line first, so they send their sak there and then.
    /// </summary>
    public static FormCardModel Chase(SakFormModel model)
    {
        var form = Model(model, FormCardSurface.Inline);
        return form with { Intro = SakerCardTexts.ChaseIntro + " " + form.Intro };
    }

    public static FormCardModel Model(SakFormModel model, FormCardSurface surface)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new FormCardModel(SakerCardTexts.FormHeading, Fields, new FormCardVerbs(SakerVerbs.Submit))
        {
            Title = model.Meeting,
            Facts = [new(SakerCardTexts.DeadlineLabel, model.Deadline)],
            Intro = SakerCardTexts.FormIntro + " " + SakerCardTexts.Titles(model.Titles),
            SubmitTitle = model.Editing ? SakerCardTexts.SubmitEdited : SakerCardTexts.Submit,
            Data = new Dictionary<string, string>(StringComparer.Ordinal) { [SakerVerbs.RoundId] = model.RoundId },
            Values = model.Values,
            Surface = surface,
        };
    }
}
