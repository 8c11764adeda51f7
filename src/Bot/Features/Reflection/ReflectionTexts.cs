namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>Bokmål answers of the reflection feature (the cards' own texts are in Cards' ReflectionCardTexts).</summary>
public static class ReflectionTexts
{
    /// <summary>The form's title, on the card and in the receipt.</summary>
    public const string NoteTitle = "Refleksjonsnotat";

    /// <summary>The title of one nettverksgruppe's round of a flexible meeting (issue 15).</summary>
    public static string GroupRoundTitle(string meetingTitle, string groupName) => $"{meetingTitle} · {groupName}";

    /// <summary>The archive folder of every note and round document (below the leaders' <c>arkiv</c> channel).</summary>
    public const string NotesFolder = "Refleksjonsnotater";

    /// <summary>The questions a channel gets until a leader sets its own (<c>spørsmål</c>).</summary>
    public static IReadOnlyList<string> DefaultQuestions { get; } =
    [
        "Hvilket budskap har denne teksten?",
        "Hvilken betydning har den for din praksis?",
    ];

    public const string RoundNotFound = "Fant ikke denne runden med refleksjonsnotater. Den kan være tatt ut av planen.";
    public const string NotInRound = "Du står ikke på lista over deltakere i denne runden. Si fra til lederen for samlingen hvis det er feil.";
    public const string NotOpenYet = "Runden er ikke åpnet ennå.";
    public const string OnlyLeadersRead = "Bare ledere for samlingen kan lese refleksjonsnotatene.";
    public const string NoOpenRounds = "Du har ingen åpne runder med refleksjonsnotater nå.";
    public const string SentPrivately = "Jeg har sendt deg dette i en privat chat, siden notater aldri vises i kanalen.";
    public const string FormInPersonalChat = "Skjemaet for refleksjonsnotatet ligger i chatten din med meg.";
    public const string DocumentQueued = "Word-dokumentet for hele runden lages og arkiveres. Du får lenken her når det er klart.";
    public const string NothingToFile = "Ingen har levert i denne runden ennå, så det er ikke noe dokument å lage.";
    public const string WholeRoundFile = "alle notater";
    public const string StateDelivered = "Levert";
    public const string StateLate = "Levert etter fristen";
    public const string StateDraft = "Utkast";
    public const string StateAssigned = "Ikke levert";
    public const string StateExempt = "Fritatt";

    public static string Locked(string deadline) => $"Fristen gikk ut {deadline}, og runden er låst.";

    public static string Received(string when) => $"Takk! Refleksjonsnotatet ditt ble mottatt {when}. Kvitteringen ligger i chatten din med meg.";

    public static string PicksSaved(int count) => count switch
    {
        0 => "Ingen notater er valgt til plenum.",
        1 => "Ett notat er valgt til plenum.",
        _ => $"{count} notater er valgt til plenum.",
    };

    public const string QuestionsOnlyInChannels = "Skriv **spørsmål** i kanalen der lesebestillingene kommer, så gjelder spørsmålene den kanalen.";
    public const string QuestionsOnlyLeaders = "Bare ledere kan endre spørsmålene til refleksjonsnotatene.";

    public static string CurrentQuestions(IReadOnlyList<string> questions) =>
        "Refleksjonsnotatene i denne kanalen spør:\n\n" + Numbered(questions) +
        "\n\nLedere endrer dem med for eksempel **spørsmål Hva er budskapet? Hva betyr det for deg?** (eller **spørsmål standard**).";

    public static string QuestionsInvalid(int max, int maxLength) =>
        $"Skriv ett til {max} spørsmål etter **spørsmål**, hvert med spørsmålstegn til slutt eller skilt med |, og høyst {maxLength} tegn hver.";

    public static string QuestionsSaved(IReadOnlyList<string> questions, int openRounds) =>
        "Lagret. Refleksjonsnotatene i denne kanalen spør fra nå av:\n\n" + Numbered(questions) + OpenRounds(openRounds);

    public static string QuestionsReset(int openRounds) => "Tilbake til standardspørsmålene." + OpenRounds(openRounds);

    private static string OpenRounds(int count) => count == 0 ? "" : "\n\nRunden som er åpen nå, og som ingen har svart på ennå, bruker dem også.";

    private static string Numbered(IReadOnlyList<string> questions) =>
        string.Join("\n", questions.Select((q, i) => $"{i + 1}. {q}"));

    public const string ExemptHowTo = "Skriv **fritak**, nevn én person og grunnen (sykemeldt, permisjon eller annet), og gjerne runden i anførselstegn, for eksempel «fritak @Ola Hansen \"Uke 12\" sykemeldt». Uten runde gjelder det den nyeste åpne runden du leder. Samme kommando igjen tar fritaket tilbake.";

    public static string ExemptNoRound(string name) =>
        $"Fant ingen åpen runde du leder der {name} skal levere.";

    public static string Exempted(string name, string title, string reason) =>
        $"{name} er fritatt fra «{title}» ({reason}), og blir verken telt med eller minnet på.";

    public static string ExemptRemoved(string name, string title) =>
        $"{name} er ikke lenger fritatt, og skal levere til «{title}».";

    /// <summary>Bokmål labels printed in the filed Word documents.</summary>
    public static class Document
    {
        public const string Meeting = "Møte";
        public const string Author = "Skrevet av";
        public const string SubmittedAt = "Levert";
        public const string Deadline = "Frist";
        public const string LateMark = "(levert etter fristen)";
        public const string PickedForPlenum = "Valgt til plenum";
        public const string NonePicked = "Ingen er valgt til plenum ennå.";
        public const string Notes = "Refleksjonsnotater";
        public const string NoNotes = "Ingen har levert ennå.";
        public const string EmptyAnswer = "(ikke besvart)";

        public static string Delivered(int delivered, int expected) =>
            $"{delivered} av {expected} har levert";
    }
}
