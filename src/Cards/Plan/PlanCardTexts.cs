namespace SkoleUtvikling.Cards.Plan;

/// <summary>Bokmål texts of the plan cards.</summary>
public static class PlanCardTexts
{
    public const string PreviewTitle = "Forhåndsvisning av planen";
    public static string PreviewIntro(string file, int count) => $"Jeg fant **{count}** møter i «{file}». Ingenting endres før du trykker **Publiser**.";
    public const string PerProgrammeHeading = "Møter per program";
    public const string NextHeading = "De neste møtene";
    public const string WarningsHeading = "Dette bør du se på";
    public static string ShowAllWarnings(int n) => $"Vis alle {n} merknadene";
    public static string WarningsContinue(int n) => n == 1 ? "Én merknad til står i neste melding." : $"{n} merknader til står i de neste meldingene.";
    public static string WarningsPart(string file, int part, int parts) => $"Merknader til «{file}» ({part} av {parts})";
    public const string NoWarnings = "Ingen merknader.";
    public const string ChangesHeading = "Endringer fra planen som gjelder nå";
    public static string Changes(PlanChanges c) => $"{c.New} nye, {c.Changed} endret, {c.Removed} fjernet, {c.Unchanged} uendret.";
    public const string Publish = "Publiser";
    public const string Discard = "Avbryt";
    public const string NoLesebestilling = "(ingen lesebestilling)";

    public const string RoomLabel = "Rom";
    public const string WhenLabel = "Tid";
    public const string ParticipantsLabel = "Deltakere";
    public const string TopicLabel = "Tema";
    public const string WindowLabel = "Møtetid";
    public const string DeadlineLabel = "Frist";

    public static string Heading(MeetingPostKind kind, string programme) => kind switch
    {
        MeetingPostKind.Lesebestilling => $"Lesebestilling – {programme}",
        MeetingPostKind.Reminder => $"Påminnelse – {programme}",
        MeetingPostKind.CallForSaker => $"Innmelding av saker – {programme}",
        MeetingPostKind.Saksliste => $"Saksliste – {programme}",
        _ => programme,
    };

    public static string Lead(MeetingPostKind kind) => kind switch
    {
        MeetingPostKind.Lesebestilling => "Dette skal leses eller gjøres før møtet:",
        MeetingPostKind.Reminder => "Husk møtet i morgen.",
        MeetingPostKind.CallForSaker => "Meld inn saker til møtet innen fristen.",
        MeetingPostKind.Saksliste => "Her er sakslisten til møtet:",
        _ => "",
    };

    public static string FlexibleWindow(string first, string last, string? reportTo) =>
        $"Hver gruppe avtaler sin egen møtetid mellom {first} og {last}" + (reportTo is null ? "." : $" (meld fra til {reportTo}).");

    public const string LesebestillingLabel = "Lesebestilling/oppgave";
    public const string ListTitle = "Kommende møter";
    public const string ListEmpty = "Det er ingen kommende møter i planen for denne kanalen.";
}
