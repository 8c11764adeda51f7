using SkoleUtvikling.Scheduling.Plan;
using SkoleUtvikling.Scheduling.Plan.Import;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;
using static SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.PlanImportAssertions;
using DateLayout = SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures.PlanDocxBuilder.DateLayout;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import;

/// <summary>
/// The calendars of the seeds in the layouts people write them, every row checked: seed 002 with the date in a
/// column of its own, after the week in the week cell, and as the first line of the TID/FAGOMRÅDE/PROGRAM cell
/// (the four columns of the seed's own header); seed 000 (VIST) with weeks alone, merged cells and the year only
/// in the title; seed 001's phase plan, which has no calendar and is refused.
/// </summary>
public class PlanLayoutFixtureTests
{
    private static readonly DateTimeOffset BeforeThePlan = new(2020, 5, 1, 6, 0, 0, TimeSpan.Zero);

    private static readonly string[] Plan002Warnings =
    [
        "Rad 15: 15. august 2020 er en lørdag",
        "Rad 30: uke 42 stemmer ikke med 5. oktober 2020, som er i uke 41",
        "Rad 34: uke 43 stemmer ikke med 5. november 2020, som er i uke 45",
        "Rad 41: uke 1 stemmer ikke med 3. januar 2021, som er i uke 53",
        "Rad 41: 3. januar 2021 er en søndag",
        "Rad 5: fant ikke noe program (KULG, IBSM, LP, Lederutvikling, Prosjektmøte, Fagdag) for «Digitalt skoleeiernettverk»; den er lagt under Annet",
        "Rad 11: fant ikke noe program (KULG, IBSM, LP, Lederutvikling, Prosjektmøte, Fagdag) for «Utviklingsplan 2020-2021 – Planer for enhetene»; den er lagt under Annet",
        "Rad 17: fant ikke noe program (KULG, IBSM, LP, Lederutvikling, Prosjektmøte, Fagdag) for «Skolestart»; den er lagt under Annet",
    ];

    [Theory]
    [InlineData(nameof(DateLayout.OwnColumn))]
    [InlineData(nameof(DateLayout.InWeekCell))]
    [InlineData(nameof(DateLayout.FirstLineOfSchedule))]
    public void Every_row_of_the_002_calendar_gives_the_same_meeting_in_every_layout(string layout)
    {
        var result = Accepted(Import(Plan002Calendar.Write(new PlanDocxBuilder(Enum.Parse<DateLayout>(layout))).Build()));

        var actual = result.Events
            .Select(e => new DocxPlanImporterTests.Expected(e.SourceRow, e.Programme, e.Title, Dates(e), Time(e), e.Room, e.Lesebestilling?.Text, Participants(e)))
            .ToList();
        Assert.Equal(DocxPlanImporterTests.EveryRow.Select(r => r.Row), actual.Select(a => a.Row));
        foreach (var (expected, got) in DocxPlanImporterTests.EveryRow.Zip(actual))
        {
            Assert.Equal(expected, got);
        }

        Assert.Equal(Plan002Warnings, result.Warnings.Select(w => w.Text));
    }

    [Fact]
    public void A_date_on_the_first_line_of_the_TID_cell_is_the_meetings_date_and_not_its_title()
    {
        var result = Accepted(Import(Plan002Calendar.Write(new PlanDocxBuilder(DateLayout.FirstLineOfSchedule)).Build()));

        var kulg = result.Events.First(e => e.SourceRow == 4);
        Assert.Equal(
            (new DateOnly(2020, 5, 14), new DateOnly(2020, 5, 14), "13.00-15.00", "Utviklingsplan 2020-2021", Programme.Kulg),
            (kulg.FirstDate, kulg.LastDate, Time(kulg), kulg.Title, kulg.Programme));
        Assert.DoesNotContain(result.Events, e => char.IsDigit(e.Title[0]));
        // No meeting became a Monday–Friday week window: every timed meeting is on one day.
        Assert.All(result.Events.Where(e => e.StartTime is not null), e => Assert.Equal(e.FirstDate, e.LastDate));
    }

    [Fact]
    public void A_date_range_further_down_the_TID_cell_makes_the_row_a_period_with_a_warning()
    {
        var docx = new PlanDocxBuilder(DateLayout.FirstLineOfSchedule).Header().Heading("HØSTEN 2020")
            .Row("Uke 40", "1.oktober.", ["Kl. 09.00-11.30", "LP", "Møterom Rådhuset"], ["Kompetansepakken"], ["Skoleledere"])
            .Row("Uke 42 - 48", "", ["LP", "05.10 – 27.11.20"], ["Gjennomføring av Spørreundersøkelsen"], ["Enhetsledere"])
            .Row("Uke 44", "", ["29.oktober", "Kl. 08.30-11.30: Lederutvikling", "Møterom: Rådhuset"], ["Lederutvikling barnehage- og skole-ledere"], [])
            .Build();

        var result = Accepted(Import(docx));

        Assert.Equal(
            [
                (3, "2020-10-01", "09.00-11.30", Programme.Lp),
                (4, "2020-10-05..2020-11-27", null, Programme.Lp),
                (5, "2020-10-29", "08.30-11.30", Programme.Lederutvikling),
            ],
            result.Events.Select(e => (e.SourceRow, Dates(e), Time(e), e.Programme)));
        Assert.Equal(
            [
                "Rad 4: leste ikke «05.10 – 27.11.20» som klokkeslett; raden er tatt med som en periode",
                "Rad 4: uke 42 stemmer ikke med 5. oktober 2020, som er i uke 41",
            ],
            result.Warnings.Select(w => w.Text));
        Assert.Null(result.Events[1].Lesebestilling);
    }

    public static readonly (int Row, string Title, string Dates, string Participants, string Responsible, string? Topic, string Details)[] VistRows =
    [
        (2, "Filming", "2020-10-05..2020-12-04", "Den enkelte VIST-lærer", "Filmteam", null, "En dobbelttime"),
        (3, "Individuell veiledning ut ifra video-observasjoner", "2020-10-19..2020-12-18", "Den enkelte VIST-lærer", "VIST-veilederen",
            "Se etter utvikling i lærerens bruk av scaffolding og identifisere eventuelle områder for videreutvikling.", "1-2 timer"),
        (4, "Teamveiledning", "2020-10-19..2020-12-18", "Team/fagseksjon", "VIST-veilederen",
            "Forankre arbeidet i teamet og utvikle felles forståelse av hva scaffolding i faget kan være.", "1-2 timer"),
        (5, "Lederstøttebesøk", "2020-10-19..2020-12-18", "Skoleledelsen/rektor", "Lederveileder (Ann Elisabeth Gunnulfsen)",
            "Bidra til at lederne reflekterer over og tar i bruk løsninger for skolebasert kompetanseutvikling og kollektiv læring blant lærerne.", "1-2 timer"),
        (6, "Observasjon med påfølgende veiledning", "2020-10-19..2020-12-18", "Den enkelte VIST-lærer", "VIST-Veilederen",
            "Se etter utvikling i lærerens bruk av scaffolding og identifisere eventuelle områder for videreutvikling.", "Obs.: 1 – 2 timer\nVeil.: 1 time"),
        (7, "Fagnettverk/ledersamling", "2020-10-05..2020-10-23", "Alle skolelederne ved alle VIST-skolene (pulje 2)",
            "Prosjektleder og lederveileder (Camilla Magnusson og Ann Elisabeth Gunnulfsen)",
            "Avklare og dele status og framtidsforventninger.\nVeilede skolens ledelse i arbeidet med skolebasert kompetanseutvikling og kollektiv profesjonslæring.",
            "2 timer"),
        (8, "Briefing og konsolidering", "2020-10-26..2020-12-04", "Skoleledelsen/rektor", "Lederveileder (ansv.) og VIST-veilederne",
            "Bidra til at skoleledelsen kommer tettere på veiledningen og drøfte implementering og hvordan skolen kan jobbe videre med dette som et skoleprosjekt",
            "1 time"),
    ];

    [Fact]
    public void Every_row_of_the_VIST_plan_is_a_period_of_its_weeks_in_the_year_of_the_title()
    {
        var result = Accepted(Import(Plan000VistCalendar.Build(), Plan000VistCalendar.FileName));

        Assert.Equal(
            VistRows,
            result.Events.Select(e => (e.SourceRow, e.Title, Dates(e), Participants(e), e.Responsible!, e.Topic, e.Details!)));
        Assert.All(result.Events, e => Assert.Equal((Programme.Other, (TimeOnly?)null, (Lesebestilling?)null), (e.Programme, e.StartTime, e.Lesebestilling)));
        Assert.Equal(
            [new WeekRange(41, 49), new WeekRange(43, 51), new WeekRange(43, 51), new WeekRange(43, 51), new WeekRange(43, 51), new WeekRange(41, 43), new WeekRange(44, 49)],
            result.Events.Select(e => e.Weeks));
        Assert.Equal(
            VistRows.Select(r => $"Rad {r.Row}: fant ikke noe program (KULG, IBSM, LP, Lederutvikling, Prosjektmøte, Fagdag) for «{r.Title}»; den er lagt under Annet"),
            result.Warnings.Select(w => w.Text));
        Assert.All(result.Warnings, w => Assert.Equal(PlanWarningKind.UnknownProgramme, w.Kind));
    }

    [Fact]
    public void The_phase_plan_of_seed_001_has_no_calendar_and_is_refused()
    {
        var result = Import(Plan001Fremdriftsplan.Build(), Plan001Fremdriftsplan.FileName);

        Assert.True(result.IsRejected);
        Assert.Empty(result.Events);
        Assert.Equal([new PlanImportError(Plan001Fremdriftsplan.FileName, null, PlanImportTexts.NoCalendarTable)], result.Errors);
    }

    private static PlanImportResult Import(byte[] docx, string fileName = "plan.docx") => DocxPlanImporterTests.Import(docx, BeforeThePlan, fileName);
}
