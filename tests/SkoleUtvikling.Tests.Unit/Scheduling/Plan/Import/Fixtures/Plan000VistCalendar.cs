namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

/// <summary>
/// The activity plan of seed 000 (VIST pulje 2, autumn 2020) as a Word table, laid out as the original:
/// the year only in the title above the table, weeks alone ("Uke 41 – 49", the number split over lines),
/// the "Når" cell merged down over the activities of the same weeks, and six columns named
/// Når | Hva | Omfang | Hvem fra skolen | Hvem fra VIST | Mål. No programme tags: every row is "Annet".
/// Row numbers in comments count the table's rows, the header being row 1.
/// </summary>
internal static class Plan000VistCalendar
{
    public const string FileName = "VIST pulje 2 - aktiviteter høst 2020.docx";

    private const string Continue = PlanDocxBuilder.Continue;
    private const string Scaffolding =
        "Se etter utvikling i lærerens bruk av scaffolding og identifisere eventuelle områder for videreutvikling.";

    public static byte[] Build() =>
        PlanDocxBuilder.Raw(6)
            .RawRow(["Når"], ["Hva"], ["Omfang"], ["Hvem fra skolen"], ["Hvem fra VIST"], ["Mål"]) // 1
            .RawRow(["Uke\n41\n–\n49"], ["Filming"], ["En dobbelttime"], ["Den enkelte VIST-lærer"], ["Filmteam"], []) // 2
            .RawRow(["Uke\n43 -\n51"], ["Individuell veiledning ut ifra video-observasjoner"], ["1-2 timer"], ["Den enkelte VIST-lærer"], // 3
                ["VIST-veilederen"], [Scaffolding])
            .RawRow([Continue], ["Teamveiledning"], ["1-2 timer"], ["Team/fagseksjon"], ["VIST-veilederen"], // 4
                ["Forankre arbeidet i teamet og utvikle felles forståelse av hva scaffolding i faget kan være."])
            .RawRow([Continue], ["Lederstøttebesøk"], ["1-2 timer"], ["Skoleledelsen/rektor"], ["Lederveileder (Ann Elisabeth Gunnulfsen)"], // 5
                ["Bidra til at lederne reflekterer over og tar i bruk løsninger for skolebasert kompetanseutvikling og kollektiv læring blant lærerne."])
            .RawRow([Continue], ["Observasjon med påfølgende veiledning"], ["Obs.: 1 – 2 timer", "Veil.: 1 time"], ["Den enkelte VIST-lærer"], // 6
                ["VIST-Veilederen"], [Scaffolding])
            .RawRow(["Uke\n41-\n43"], ["Fagnettverk/ledersamling"], ["2 timer"], ["Alle skolelederne ved alle VIST-skolene (pulje 2)"], // 7
                ["Prosjektleder og lederveileder (Camilla Magnusson og Ann Elisabeth Gunnulfsen)"],
                ["Avklare og dele status og framtidsforventninger.",
                 "Veilede skolens ledelse i arbeidet med skolebasert kompetanseutvikling og kollektiv profesjonslæring."])
            .RawRow(["Uke\n44-\n49"], ["Briefing og konsolidering"], ["1 time"], ["Skoleledelsen/rektor"], // 8
                ["Lederveileder (ansv.) og VIST-veilederne"],
                ["Bidra til at skoleledelsen kommer tettere på veiledningen og drøfte implementering og hvordan skolen kan jobbe videre med dette som et skoleprosjekt"])
            .Build("VIST pulje 2 - Aktiviteter høst 2020 med tidsplan");
}
