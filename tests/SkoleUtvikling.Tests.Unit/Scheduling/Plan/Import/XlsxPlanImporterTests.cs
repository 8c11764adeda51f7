using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Scheduling.Plan;
using SkoleUtvikling.Scheduling.Plan.Import;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;
using static SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.PlanImportAssertions;
using static SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures.XlsxSheetBuilder;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import;

/// <summary>The .xlsx template: written by <see cref="XlsxPlanTemplate"/>, read by <see cref="XlsxPlanImporter"/>.</summary>
public class XlsxPlanImporterTests
{
    private const string File = "plan.xlsx";
    private static readonly DateTimeOffset Now = new(2020, 5, 1, 6, 0, 0, TimeSpan.Zero);

    private static readonly string[] Header =
    [
        "Uke", "Dato", "Til dato", "Fra kl.", "Til kl.", "Program", "Tittel", "Møterom", "Tema", "Lesebestilling/oppgave",
        "Deltakere", "Ansvarlig", "Fleksibel dato (± dager)", "Saker meldes inn (uker før)", "Saksliste sendes ut (uker før)",
    ];

    [Fact]
    public void The_002_plan_written_to_the_template_reads_back_as_the_same_events()
    {
        var fromWord = Accepted(DocxPlanImporterTests.Import(Plan002Calendar.Build(), Now));
        using var xlsx = new MemoryStream();
        XlsxPlanTemplate.Write(xlsx, fromWord.Events);

        var fromExcel = Accepted(Import(xlsx.ToArray()));

        Assert.Equal(fromWord.Events.Select(View), fromExcel.Events.Select(View));
        Assert.Equal(fromWord.Warnings.Select(w => w.Message), fromExcel.Warnings.Select(w => w.Message));
        Assert.Equal(Enumerable.Range(2, 36), fromExcel.Events.Select(e => e.SourceRow));
    }

    [Fact]
    public void The_empty_template_has_the_headers_and_a_help_sheet()
    {
        using var xlsx = new MemoryStream();
        XlsxPlanTemplate.Write(xlsx);

        xlsx.Position = 0;
        using (var document = SpreadsheetDocument.Open(xlsx, isEditable: false))
        {
            var sheets = document.WorkbookPart!.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value);
            Assert.Equal(["Kalender", "Veiledning"], sheets);
        }

        var result = Import(xlsx.ToArray());
        Assert.Equal([new PlanImportError(File, null, "fant ingen hendelser i kalendertabellen")], result.Errors);
    }

    [Fact]
    public void Excel_dates_and_times_text_dates_under_a_heading_and_participant_lists_are_read()
    {
        var xlsx = Build("Kalender",
            Header,
            ["HØSTEN 2020"],
            [40, Date(2020, 10, 1), null, Time(9, 0), Time(11, 30), "LP", "Kompetansepakken", "Rådhuset", "Arbeid med modul 2",
             "Les modul 2 på https://www.udir.no/kvalitet-og-kompetanse/", "Barnehageledere; Skoleledere\nPPT", "Arne K.", 5],
            ["38", "16. september", "17. september", null, null, "IBSM", "Nasjonale fagdager"],
            ["37", "09.09.2020", null, "15:00", "16.30", "Prosjektmøte", "Møte i regional prosjektgruppe LP", null, null, null, null, null, null, 3, 1]);

        var result = Accepted(Import(xlsx));

        var (lp, ibsm, meeting) = (result.Events[0], result.Events[1], result.Events[2]);
        Assert.Equal(("2020-10-01", "09.00-11.30", "Rådhuset", "Barnehageledere | Skoleledere | PPT", "Arne K."), (Dates(lp), Time(lp), lp.Room, Participants(lp), lp.Responsible));
        Assert.Equal(new FlexibleWindow(new DateOnly(2020, 10, 1), 5, 5, null, null), lp.Window);
        Assert.Equal([new Uri("https://www.udir.no/kvalitet-og-kompetanse/")], lp.Lesebestilling!.Links);
        Assert.Equal(("2020-09-16..2020-09-17", (string?)null), (Dates(ibsm), Time(ibsm)));
        Assert.Equal((Programme.Prosjektmote, "15.00-16.30", new AgendaRule(21, 7, null, null)), (meeting.Programme, Time(meeting), meeting.Agenda));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_sheet_without_calendar_headers_is_rejected()
    {
        var xlsx = Build("Ark1", ["Navn", "Rolle"], ["Bianca Halvorsen", "Kommunalsjef"]);

        Assert.Equal(
            [new PlanImportError(File, 1, "fant ingen kalender i arket; første rad må ha malens overskrifter (Uke, Dato, Program, Tittel, ...) eller kolonner for uke eller dato og for innhold (som Uke, Dato, Tema)")],
            Import(xlsx).Errors);
    }

    [Fact]
    public void A_sheet_with_its_own_when_and_what_columns_is_read()
    {
        var xlsx = Build("Ark1", ["Hva", "Når"], ["Ledermøte KULG", "14.05.2020"]);

        var e = Assert.Single(Accepted(Import(xlsx)).Events);
        Assert.Equal(("Ledermøte KULG", "2020-05-14"), (e.Title, Dates(e)));
    }

    [Fact]
    public void Unreadable_rows_are_warnings_with_their_row_numbers_and_the_rest_is_imported()
    {
        var xlsx = Build("Kalender",
            Header,
            ["20", "14.05.2020", null, "13.00", "15.00", "KULG", "Utviklingsplan"],
            ["21", "20.mia", null, null, null, "KULG", "Utviklingsplan"],
            ["40", "01.10.2020", null, null, null, "LP", "Nettverk", null, null, null, null, null, "fem"]);

        var result = Accepted(Import(xlsx));

        Assert.Equal(["2020-05-14", "2020-05-18..2020-05-22"], result.Events.Select(Dates));
        Assert.Equal(
            [
                "Rad 3: leste ikke «20.mia» som dato; raden er tatt med som uke 21",
                "Rad 4: «fem» i kolonnen Fleksibel dato (± dager) er ikke et helt tall; raden er hoppet over",
            ],
            result.Warnings.Select(w => w.Text));
    }

    [Fact]
    public void A_calendar_typed_into_Excel_with_the_Word_plans_columns_is_read_by_the_same_rules()
    {
        var xlsx = Build("Ark1",
            ["Utviklingsplan høst 2020"],
            ["Uke", "Dato", "Tid/fagområde/program", "Tema og oppgaver", "Deltagere/ansvar"],
            ["Uke 37", XlsxSheetBuilder.Date(2020, 9, 9), "Kl. 08.30-15.00\nLP", "Fagdag 1 Om støttesystemer\nLesebestilling/oppgave:\nLes modul 1.", "SePU"],
            ["Uke 42 - 48", "05.10 – 27.11.20", "LP", "Gjennomføring av Spørreundersøkelsen", "Enhetsledere"],
            ["Uke 60", null, "LP", "Feil uke", null],
            [44, "29.oktober", "Kl. 08.30-11.30: Lederutvikling", "Lederutvikling barnehage- og skoleledere", "Kommunalsjef"]);

        var result = Accepted(Import(xlsx));

        Assert.Equal(
            [
                (3, Programme.Fagdag, "2020-09-09", (string?)"08.30-15.00", (string?)"Les modul 1."),
                (4, Programme.Lp, "2020-10-05..2020-11-27", null, null),
                (6, Programme.Lederutvikling, "2020-10-29", "08.30-11.30", null),
            ],
            result.Events.Select(e => (e.SourceRow, e.Programme, Dates(e), Time(e), e.Lesebestilling?.Text)));
        Assert.Equal(
            [
                "Rad 4: uke 42 stemmer ikke med 5. oktober 2020, som er i uke 41",
                "Rad 5: leste ikke «Uke 60» som ukenummer; raden er hoppet over",
            ],
            result.Warnings.Select(w => w.Text));
    }

    [Fact]
    public void A_file_that_is_not_a_spreadsheet_is_rejected()
    {
        Assert.Equal([new PlanImportError(File, null, PlanImportTexts.NotAnXlsx)], Import("Uke;Dato"u8.ToArray()).Errors);
        Assert.Equal([new PlanImportError(File, null, PlanImportTexts.NotAnXlsx)], Import(Plan002Calendar.Build()).Errors);
    }

    private static PlanImportResult Import(byte[] xlsx) =>
        new XlsxPlanImporter(new FakeTimeProvider(Now)).Import(new MemoryStream(xlsx), File);

    private static string View(PlanEvent e) =>
        string.Join(" ¦ ", e.Key, e.Programme, e.Title, Dates(e), Time(e), e.Weeks, e.Room, e.Lesebestilling?.Text,
            string.Join(",", e.Lesebestilling?.Links ?? []), Participants(e), e.Window?.DaysBefore, e.Agenda?.SakerDaysBefore, e.Agenda?.SakslisteDaysBefore);
}
