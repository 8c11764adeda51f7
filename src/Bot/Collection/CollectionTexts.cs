namespace SkoleUtvikling.Bot.Collection;

/// <summary>Every bokmål string of the collection engine, in one place so nynorsk can be added.</summary>
public static class CollectionTexts
{
    public const string Missing = "Dette feltet må fylles ut.";

    public const string NotAChoice = "Velg ett av alternativene.";

    public const string NotADate = "Skriv en gyldig dato.";

    public static string TooShort(int min, int actual) => $"Svaret må ha minst {min} tegn (nå {actual}).";

    public static string TooLong(int max, int actual) => $"Svaret kan ha høyst {max} tegn (nå {actual}).";

    /// <summary>
    /// A save refused because someone saved a newer version after the form was opened. What the editor
    /// typed is kept in the form; nothing is overwritten.
    /// </summary>
    public static string SavedMeanwhile(string? who, string when) =>
        $"{(string.IsNullOrWhiteSpace(who) ? "Noen andre" : who)} lagret en nyere versjon {when}, etter at du åpnet skjemaet. " +
        "Det du skrev er ikke lagret, men står fortsatt her. Se over og lagre på nytt for å erstatte den nyere versjonen.";

    /// <summary>A draft was kept: not sent, not counted.</summary>
    public const string DraftSaved = "Utkastet er lagret. Det er ikke sendt inn ennå.";

    /// <summary>The channel's count: "12 av 30 har levert". Nobody is named in public.</summary>
    public static string Progress(int submitted, int expected) => $"{submitted} av {expected} har levert";
}
