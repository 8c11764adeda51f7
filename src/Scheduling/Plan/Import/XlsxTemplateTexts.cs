namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>Bokmål headers and help text of the .xlsx plan template ("mal"); the importer finds columns by these headers.</summary>
public static class XlsxTemplateTexts
{
    public const string CalendarSheet = "Kalender";
    public const string HelpSheet = "Veiledning";

    public static string Header(XlsxColumn column) => column switch
    {
        XlsxColumn.Week => "Uke",
        XlsxColumn.Date => "Dato",
        XlsxColumn.LastDate => "Til dato",
        XlsxColumn.StartTime => "Fra kl.",
        XlsxColumn.EndTime => "Til kl.",
        XlsxColumn.Programme => "Program",
        XlsxColumn.Title => "Tittel",
        XlsxColumn.Room => "Møterom",
        XlsxColumn.Topic => "Tema",
        XlsxColumn.Lesebestilling => "Lesebestilling/oppgave",
        XlsxColumn.Participants => "Deltakere",
        XlsxColumn.Responsible => "Ansvarlig",
        XlsxColumn.WindowDays => "Fleksibel dato (± dager)",
        XlsxColumn.SakerWeeksBefore => "Saker meldes inn (uker før)",
        XlsxColumn.SakslisteWeeksBefore => "Saksliste sendes ut (uker før)",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    public static string Help(XlsxColumn column) => column switch
    {
        XlsxColumn.Week => "Ukenummer, f.eks. 20 eller 42 - 48. Kan stå alene uten dato.",
        XlsxColumn.Date => "Datoen møtet holdes (f.eks. 14.05.2020).",
        XlsxColumn.LastDate => "Bare for hendelser over flere dager: siste dag.",
        XlsxColumn.StartTime => "Når møtet begynner, f.eks. 13.00. Tomt for hele dagen.",
        XlsxColumn.EndTime => "Når møtet slutter, f.eks. 15.00.",
        XlsxColumn.Programme => "KULG, IBSM, LP, Lederutvikling, Prosjektmøte eller Fagdag. Avgjør kanalen det postes i.",
        XlsxColumn.Title => "Kort navn på møtet. Program, dato og tittel gjenkjenner raden når planen lastes opp på nytt.",
        XlsxColumn.Room => "Møterom eller sted, f.eks. Teams eller Rådhuset.",
        XlsxColumn.Topic => "Tema og innhold.",
        XlsxColumn.Lesebestilling => "Det alle skal lese eller gjøre før møtet. Tomt betyr ingen lesebestilling. Lenker kan skrives rett inn.",
        XlsxColumn.Participants => "Én deltakergruppe per linje (Alt+Enter) eller skilt med semikolon.",
        XlsxColumn.Responsible => "Hvem som er ansvarlig.",
        XlsxColumn.WindowDays => "For nettverksgrupper som avtaler egen møtetid: antall dager før eller etter datoen, f.eks. 5.",
        XlsxColumn.SakerWeeksBefore => "For prosjektmøter: hvor mange uker før møtet saker må meldes inn, f.eks. 3.",
        XlsxColumn.SakslisteWeeksBefore => "For prosjektmøter: hvor mange uker før møtet sakslisten sendes ut, f.eks. 1.",
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    public static string MissingHeader =>
        "fant ingen kalender i arket; første rad må ha malens overskrifter (Uke, Dato, Program, Tittel, ...) eller kolonner for uke eller dato og for innhold (som Uke, Dato, Tema)";

    public static string NotANumber(string header, string text) => $"«{text}» i kolonnen {header} er ikke et helt tall";
}
