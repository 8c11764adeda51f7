using System.Globalization;

namespace SkoleUtvikling.Cards.Forms;

/// <summary>Bokmål texts of the general form card.</summary>
public static class FormCardTexts
{
    public const string Submit = "Send inn";
    public const string Draft = "Lagre utkast";
    public const string Cancel = "Avbryt";
    public const string MorePoints = "Flere punkter";
    public const string FixErrors = "Noe mangler. Rett feltene som er merket, så sender du inn på nytt.";
    public const string RequiredNote = "Felt merket med * må fylles ut før du sender inn.";
    public const string RequiredMark = " *";

    public static string Point(int number) => string.Create(CultureInfo.InvariantCulture, $"Punkt {number}");

    /// <summary>The client's message when its own check of an input fails.</summary>
    public static string InputError(FormCardField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Kind switch
        {
            FormFieldKind.ShortText or FormFieldKind.LongText when field.MinLength is > 0 =>
                string.Create(CultureInfo.InvariantCulture, $"Skriv minst {field.MinLength} tegn."),
            FormFieldKind.ShortText or FormFieldKind.LongText when !field.Required =>
                string.Create(CultureInfo.InvariantCulture, $"Bruk høyst {field.MaxLength} tegn."),
            FormFieldKind.Date => "Velg en gyldig dato" + Range(FormCardFormat.Date(field.MinDate), FormCardFormat.Date(field.MaxDate)) + ".",
            FormFieldKind.Time => "Velg et gyldig klokkeslett" + Range(FormCardFormat.Time(field.MinTime), FormCardFormat.Time(field.MaxTime)) + ".",
            FormFieldKind.Number => (field.WholeNumber ? "Skriv et helt tall" : "Skriv et tall")
                + Range(FormCardFormat.Number(field.MinNumber), FormCardFormat.Number(field.MaxNumber)) + ".",
            FormFieldKind.Choice => field.MultiSelect ? "Velg ett eller flere av alternativene." : "Velg et av alternativene.",
            _ => "Dette feltet må fylles ut.",
        };
    }

    /// <summary>The text under a field for one error.</summary>
    public static string Error(FormCardError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var limit = error.Limit ?? "";
        var wrong = string.IsNullOrEmpty(error.Message) ? "" : $"«{error.Message}» ";
        return error.Kind switch
        {
            FormCardErrorKind.Missing => "Dette feltet må fylles ut.",
            FormCardErrorKind.NoPoints => "Skriv minst ett punkt.",
            FormCardErrorKind.TooShort => $"Svaret er for kort. Skriv minst {limit} tegn.",
            FormCardErrorKind.TooLong when error.Point is { } point =>
                string.Create(CultureInfo.InvariantCulture, $"Punkt {point} er for langt. Bruk høyst {limit} tegn."),
            FormCardErrorKind.TooLong => $"Svaret er for langt. Bruk høyst {limit} tegn.",
            FormCardErrorKind.NotADate => wrong + "er ikke en dato. Velg en dato i kalenderen.",
            FormCardErrorKind.DateTooEarly => $"Velg en dato fra og med {limit}.",
            FormCardErrorKind.DateTooLate => $"Velg en dato til og med {limit}.",
            FormCardErrorKind.NotATime => wrong + "er ikke et klokkeslett. Skriv det som tt:mm, for eksempel 14:30.",
            FormCardErrorKind.TimeTooEarly => $"Velg et klokkeslett fra og med kl. {limit}.",
            FormCardErrorKind.TimeTooLate => $"Velg et klokkeslett til og med kl. {limit}.",
            FormCardErrorKind.NotANumber => wrong + "er ikke et tall.",
            FormCardErrorKind.NotAWholeNumber => "Skriv et helt tall, uten desimaler.",
            FormCardErrorKind.NumberTooSmall => $"Tallet må være minst {limit}.",
            FormCardErrorKind.NumberTooLarge => $"Tallet kan være høyst {limit}.",
            FormCardErrorKind.NotAChoice => "Velg blant alternativene som står i listen.",
            FormCardErrorKind.Custom when !string.IsNullOrWhiteSpace(error.Message) => error.Message,
            _ => "Feltet er ikke gyldig.",
        };
    }

    private static string Range(string? min, string? max) => (min, max) switch
    {
        (not null, not null) => $" fra {min} til {max}",
        (not null, null) => $" fra og med {min}",
        (null, not null) => $" til og med {max}",
        _ => "",
    };
}
