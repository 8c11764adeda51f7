using System.Globalization;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>Checks what a person typed against a form. User input never throws: every problem is a field error.</summary>
public static class FormValidator
{
    public static AnswerValidation Validate(FormDefinition form, IReadOnlyDictionary<string, string?> answers)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answers);

        var kept = Normalize(form, answers);
        var errors = new List<FieldError>();
        foreach (var field in form.Fields)
        {
            if (Check(field, kept.GetValueOrDefault(field.Id)) is { } error)
            {
                errors.Add(error);
            }
        }

        return new AnswerValidation(kept, errors);
    }

    /// <summary>Trimmed answers to the form's own fields; unknown keys and blank answers are dropped.</summary>
    public static IReadOnlyDictionary<string, string> Normalize(FormDefinition form, IReadOnlyDictionary<string, string?> answers)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answers);
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in form.Fields)
        {
            if (answers.TryGetValue(field.Id, out var raw) && !string.IsNullOrWhiteSpace(raw))
            {
                kept[field.Id] = raw.Trim();
            }
        }

        return kept;
    }

    private static FieldError? Check(FormField field, string? answer)
    {
        if (answer is null)
        {
            return field.Required ? Error(field, FieldErrorKind.Missing, CollectionTexts.Missing) : null;
        }

        return field.Kind switch
        {
            FieldKind.Choice when !field.Choices.Any(c => string.Equals(c.Value, answer, StringComparison.Ordinal)) =>
                Error(field, FieldErrorKind.NotAChoice, CollectionTexts.NotAChoice),
            FieldKind.Date when !DateOnly.TryParseExact(answer, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) =>
                Error(field, FieldErrorKind.NotADate, CollectionTexts.NotADate),
            FieldKind.LongText or FieldKind.ShortText => CheckLength(field, answer),
            _ => null,
        };
    }

    private static FieldError? CheckLength(FormField field, string answer)
    {
        if (field.MinLength is { } min && answer.Length < min)
        {
            return Error(field, FieldErrorKind.TooShort, CollectionTexts.TooShort(min, answer.Length));
        }

        return field.MaxLength is { } max && answer.Length > max
            ? Error(field, FieldErrorKind.TooLong, CollectionTexts.TooLong(max, answer.Length))
            : null;
    }

    private static FieldError Error(FormField field, FieldErrorKind kind, string message) => new(field.Id, kind, message);
}
