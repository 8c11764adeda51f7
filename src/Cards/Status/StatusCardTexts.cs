namespace SkoleUtvikling.Cards.Status;

/// <summary>Every bokmål string of the status card.</summary>
public static class StatusCardTexts
{
    public const string Heading = "Status for rundene du leder";
    public const string NoRounds = "Du leder ingen åpne eller nylig avsluttede runder.";
    public const string DeliveredLabel = "Levert";
    public const string LateLabel = "Levert for sent";
    public const string MissingLabel = "Mangler";
    public const string ExemptLabel = "Fritatt";
    public const string ChasesHeading = "Purring";
    public const string ChaseEveryone = "Alle som mangler";
    public const string ChooseLabel = "Hvem skal purres?";
    public const string Resend = "Send på nytt";
    public const string Refresh = "Oppdater";
    public const string Report = "Rapport (Excel)";
    public const string ChannelNote = "I kanalen vises bare tall. Skriv «status» til meg i en 1:1-chat for å se navn og purre.";
    public const string OverTimeTitle = "Levert per dag";
    public const string CountsTitle = "Levering";

    public const string UnitsTitle = "Per skole eller enhet";
    public const string NoUnit = "Uten enhet";

    public static string Chase(int missing) => $"Purr ({missing})";

    public static string UnitProgress(string unit, int submitted, int expected) => $"{unit} · {Progress(submitted, expected)}";

    public static string OtherUnits(int count) => $"{count} andre enheter (bare tall; se rapporten for navn)";

    public static string KindAndDeadline(string kind, string deadline, bool closed) =>
        $"{kind} · frist {deadline}{(closed ? " (fristen er ute)" : "")}";

    public static string Progress(int submitted, int expected) => $"{submitted} av {expected} har levert";

    public static string PerDay(string day, int delivered) => $"{day}: {delivered}";

    public static string AndMore(int more) => $"… og {more} til";

    public static string Names(string label, IEnumerable<string> names) => $"**{label}:** {string.Join(", ", names)}";
}
