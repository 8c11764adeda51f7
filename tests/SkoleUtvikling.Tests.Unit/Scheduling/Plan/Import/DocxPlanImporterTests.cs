using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Scheduling.Plan;
using SkoleUtvikling.Scheduling.Plan.Import;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;
using static SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.PlanImportAssertions;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import;

/// <summary>The .docx importer against the calendar of seed 002 (Vestvågøy, 2020–2021), written as a real Word file.</summary>
public class DocxPlanImporterTests
{
    // Before the plan starts, so no row is "already passed".
    private static readonly DateTimeOffset BeforeThePlan = new(2020, 5, 1, 6, 0, 0, TimeSpan.Zero);

    private static readonly byte[] Plan002 = Plan002Calendar.Build();

    public sealed record Expected(
        int Row, Programme Programme, string Title, string Dates, string? Time, string? Room, string? Lesebestilling, string Participants);

    private const string Kulg4 = "Kommunalsjef | Enhetsledere | Pedstab | Utviklings-veiledere";
    private const string Leder4 = "Kommunalsjef | Styrere | Rektorer | Ledergrupper";
    private const string Nett4 = "Barnehageledere | Skoleledere | PPT | Ledernettverkene";
    private const string Kjerne3 = "Kjernenettverket | Ressurspersonene | Lene - RKK";
    private const string SePU6 = "SePU | Skoleledere | Styrere | Skoleeiere | Barnehagemyndighet | PPT";
    private const string Kompetansepakken = "Kompetansepakken for skoleledere, styrere, eiere og PPT";
    private const string Prosjektgruppe = "Møte i regional prosjektgruppe LP";

    public static readonly Expected[] EveryRow =
    [
        new(4, Programme.Kulg, "Utviklingsplan 2020-2021", "2020-05-14", "13.00-15.00", "Teams",
            "Gå gjennom utkastet til Utviklingsplan og noter kommentarer og spørsmål.", Kulg4),
        new(5, Programme.Other, "Digitalt skoleeiernettverk", "2020-05-20", "09.00-10.30", null,
            "Forberede framlegg ang. evaluering av digital erfaring i Covid-19-perioden.", "Kommunalsjef | Utviklingsveileder"),
        new(6, Programme.Ibsm, "Samarbeidsmøte for ressurspersonene for Nordland, Bodø", "2020-05-28", null, null, null,
            "Fylkesmannen | Ressurspersonene IBSM Vest-Lofoten"),
        new(7, Programme.Fagdag, "Fagdag: Ledelse og Fagfornyelsen", "2020-06-03", "12.00-15.00", null, null,
            "Kommunalsjef | Enhetsledere/ass.rektorer | Avdelingsledere | Pedstab | Utviklingsveiledere | PPT | Hovedtillitsvalgt UDF | "
            + "Hovedtillitsvalgt Fagforbundet | Styrere private barnehager | Rektorer private skoler"),
        new(8, Programme.Kulg, "Utviklingsplan 2020-2021", "2020-06-11", "12.00-14.00", "Teams", null, Kulg4),
        new(9, Programme.Ibsm, "Kjernenettverk", "2020-06-12", "09.00-10.30", "Teams", null, "Kjernenettverk | Ressurspersoner | Lene - RKK"),
        new(11, Programme.Other, "Utviklingsplan 2020-2021 – Planer for enhetene", "2020-06-22", "09.00-14.00", "Teams/møterom rådhuset",
            "Se tilsendt forberedelsesoppgave!", Kulg4),
        new(15, Programme.Lp, "Valg av administrator på enhetene", "2020-08-15", null, null,
            "Enhetsledere melder inn administratorer til rådgiver Arne Kvendseth arne.kvendseth@vestvagoy.kommune.no", "Enhetsledere"),
        new(16, Programme.Lp, "LP-møter – egne saker på hver enhet", "2020-08-17", null, null, null,
            "Enhetslederne må sette av fellestid til møter i læringsgruppene."),
        new(17, Programme.Other, "Skolestart", "2020-08-17", null, null, null, ""),
        new(18, Programme.Ibsm, "IBSM – Kjernenettverk", "2020-08-28", "09.00-12.30", null, null, Kjerne3),
        new(20, Programme.Lp, "Informasjonsskriv om Spørreundersøkelsen sendes ut!", "2020-09-01", null, null, null, "SePU | Styrere og skoleledere"),
        new(21, Programme.Fagdag, "Fagdag 1 Om støttesystemer", "2020-09-09", "08.30-15.00", "Kommunestyresal",
            "Alle ledere logger seg inn på kompetansepakken og gjør seg kjent med «Støttesystemer».",
            "SePU | Skoleeiere | Barnehageeiere | Styrere | Skoleledere | PPT"),
        new(22, Programme.Prosjektmote, Prosjektgruppe, "2020-09-09", "15.00-16.30", null, null,
            "SePU | Bianca, Tone, Bjørn Olav | Siri, Tor Ivar. John Davy, Arne"),
        new(23, Programme.Fagdag, "Fagdag 2: Nettverkssamling for gruppeledere og veiledere", "2020-09-10", "09.00-14.30", "Kommunestyresal, 2C",
            "Innspill om faglig påfyll i forkant (gruppelederrollen, veilederrollen, pedagogisk analyse, bruk av data etc).",
            "SePU | Veiledere | Gruppeledere"),
        new(24, Programme.Lp, "Kompetansepakke for lærere og ansatte i barnehagen", "2020-09-15", "09.00-11.30", "Rådhuset", null, Nett4),
        new(25, Programme.Ibsm, "Fjerde samling, pulje 3- Nasjonale fagdager", "2020-09-16..2020-09-17", null,
            "Quality Airport Hotel Gardermoen. Arr. UDIR", null, "En representant fra hver enhet som deltar i pulje 3. | Ressurspersonene"),
        new(26, Programme.Lederutvikling, "Lederutvikling barnehage- og skole-ledere", "2020-09-24", "08.30-11.30", "Rådhuset", null, Leder4),
        new(27, Programme.Ibsm, "IBSM – Kjernenettverk", "2020-09-25", "09.00-12.30", null, null, Kjerne3),
        new(29, Programme.Lp, Kompetansepakken, "2020-10-01", "09.00-11.30", "Rådhuset", null, Nett4),
        new(30, Programme.Lp, "Gjennomføring av Spørreundersøkelsen", "2020-10-05..2020-11-27", null, null, null, "Enhetsledere"),
        new(31, Programme.Lederutvikling, "Lederutvikling barnehage- og skole-ledere", "2020-10-29", "08.30-11.30", "Rådhuset", null, Leder4),
        new(32, Programme.Ibsm, "Kjernenettverk IBSM Pulje 3", "2020-10-30", "09.00-12.30", null, null, "Kjernenettverket | Ressurspersonene"),
        new(34, Programme.Lp, Kompetansepakken, "2020-11-05", "09.00-11.30", "Rådhuset", null, Nett4),
        new(35, Programme.Lederutvikling, "Lederutvikling barnehage- og skoleledere", "2020-11-19", "08.30-11.30", "Rådhuset", null, Leder4),
        new(37, Programme.Lederutvikling, "Lederutvikling barnehage- og skoleledere", "2020-12-17", "08.30-11.30", "Rådhuset", null, Leder4),
        new(41, Programme.Lp, "Resultatene fra Spørreundersøkelsen er klare i resultatportalen", "2021-01-03", null, null, null,
            "Barnehagemyndighet | Skoleeier | Enhetsledere"),
        new(42, Programme.Prosjektmote, Prosjektgruppe, "2021-01-13", "14.00-16.00", null, null,
            "SePU | Bianca, Tone, Bjørn Olav | Siri, Tor Ivar. John Davy, Arne"),
        new(43, Programme.Fagdag, "Fagdag 3: Nettverkssamling for styrere, skoleledere, barnehagemyndighet og skoleeiere", "2021-01-14",
            "08.30-15.00", null,
            "Gjør deg kjent med kartleggingsresultatene for egen enhet.\nNoter kommentarer og spørsmål som du tar med deg til samlingen.", SePU6),
        new(44, Programme.Lederutvikling, "Lederutvikling barnehage- og skoleledere", "2021-01-21", "08.30-11.30", null, null, Leder4),
        new(46, Programme.Fagdag, "Fagdag 4: Faglig introduksjon til valgt kompetansepakke", "2021-02-25", "09.00-14.30", null, null,
            "SePU | Alle ansatte i barnehage og skole, samt ledere, eiere, veiledere og PPT"),
        new(47, Programme.Prosjektmote, Prosjektgruppe, "2021-02-25", "14.30-15.30", null, null,
            "SePU | Bianca, Tone, Bjørn Olav | Siri, Tor Ivar, John Davy, Arne"),
        new(48, Programme.Lp, "Kompetansepakke for lærere og ansatte i barnehagen", "2021-02-22..2021-06-25", null, null, null,
            "Skoleledere og styrere må sette av dato til møter i lærings-gruppene i sine enheter."),
        new(49, Programme.Lp, Kompetansepakken, "2021-03-11", "09.00-11.30", "Rådhuset", null, Nett4),
        new(50, Programme.Prosjektmote, Prosjektgruppe, "2021-04-21", "13.45-15.45", null, null,
            "SePU | Bianca, Tone, Bjørn Olav | Siri, Bianca, Tor Ivar. John Davy"),
        new(51, Programme.Fagdag, "Fagdag 5: Nettverkssamling for styrere, skoleledere, barnehagemyndighet, skoleeiere og PPT", "2021-04-22",
            "08.30-15.00", null, null, SePU6),
    ];

    [Fact]
    public void Every_row_of_the_002_calendar_parses_to_the_right_event()
    {
        var result = Accepted(Import(Plan002, BeforeThePlan));

        var actual = result.Events
            .Select(e => new Expected(e.SourceRow, e.Programme, e.Title, Dates(e), Time(e), e.Room, e.Lesebestilling?.Text, Participants(e)))
            .ToList();
        Assert.Equal(EveryRow.Select(r => r.Row), actual.Select(a => a.Row));
        foreach (var (expected, got) in EveryRow.Zip(actual))
        {
            Assert.Equal(expected, got);
        }
    }

    [Fact]
    public void The_002_calendar_has_36_events_counted_per_programme()
    {
        var result = Accepted(Import(Plan002, BeforeThePlan));

        var perProgramme = result.Events.GroupBy(e => e.Programme).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(36, result.Events.Count);
        Assert.Equal(
            new Dictionary<Programme, int>
            {
                [Programme.Kulg] = 2, [Programme.Ibsm] = 6, [Programme.Lp] = 10, [Programme.Lederutvikling] = 5,
                [Programme.Prosjektmote] = 4, [Programme.Fagdag] = 6, [Programme.Other] = 3,
            },
            perProgramme);
    }

    [Fact]
    public void The_plans_own_mistakes_are_warned_about_with_row_numbers_date_errors_first()
    {
        var result = Accepted(Import(Plan002, BeforeThePlan));

        Assert.Equal(
            [
                "Rad 15: 15. august 2020 er en lørdag",
                "Rad 30: uke 42 stemmer ikke med 5. oktober 2020, som er i uke 41",
                "Rad 34: uke 43 stemmer ikke med 5. november 2020, som er i uke 45",
                "Rad 41: uke 1 stemmer ikke med 3. januar 2021, som er i uke 53",
                "Rad 41: 3. januar 2021 er en søndag",
                "Rad 5: fant ikke noe program (KULG, IBSM, LP, Lederutvikling, Prosjektmøte, Fagdag) for «Digitalt skoleeiernettverk»; den er lagt under Annet",
                "Rad 11: fant ikke noe program (KULG, IBSM, LP, Lederutvikling, Prosjektmøte, Fagdag) for «Utviklingsplan 2020-2021 – Planer for enhetene»; den er lagt under Annet",
                "Rad 17: fant ikke noe program (KULG, IBSM, LP, Lederutvikling, Prosjektmøte, Fagdag) for «Skolestart»; den er lagt under Annet",
            ],
            result.Warnings.Select(w => w.Text));
        Assert.Equal(
            [.. Enumerable.Repeat(PlanWarningKind.DateError, 5), .. Enumerable.Repeat(PlanWarningKind.UnknownProgramme, 3)],
            result.Warnings.Select(w => w.Kind));
    }

    [Fact]
    public void Meetings_that_have_passed_are_one_line_of_history_after_the_warnings_to_act_on()
    {
        // 1 September 2020, 10.00 in Oslo: the eleven meetings before the 1.september row have passed.
        var result = Accepted(Import(Plan002, new DateTimeOffset(2020, 9, 1, 8, 0, 0, TimeSpan.Zero)));

        Assert.Equal(36, result.Events.Count);
        Assert.Equal(9, result.Warnings.Count);
        Assert.Equal("11 møter før i dag er tatt med som historikk", result.Warnings[^1].Text);
        Assert.Equal(PlanWarningKind.History, result.Warnings[^1].Kind);
        Assert.DoesNotContain(result.Warnings, w => w.Text.Contains("passert", StringComparison.Ordinal));
    }

    [Fact]
    public void Project_meetings_carry_the_saker_and_saksliste_rule()
    {
        var result = Accepted(Import(Plan002, BeforeThePlan));

        var meetings = result.Events.Where(e => e.Programme == Programme.Prosjektmote).ToList();
        Assert.Equal([22, 42, 47, 50], meetings.Select(m => m.SourceRow));
        Assert.All(meetings, m => Assert.Equal(
            new AgendaRule(21, 7, "rådgiver Arne Kvendseth", new Uri("mailto:arne.kvendseth@vestvagoy.kommune.no")),
            m.Agenda));
        Assert.All(result.Events.Where(e => e.Programme != Programme.Prosjektmote), e => Assert.Null(e.Agenda));
    }

    [Fact]
    public void Network_group_rows_carry_the_five_day_booking_window()
    {
        var result = Accepted(Import(Plan002, BeforeThePlan));

        var windows = result.Events.Where(e => e.Window is not null).Select(e => (e.SourceRow, e.Window)).ToList();
        Assert.Equal(
            [
                (29, new FlexibleWindow(new DateOnly(2020, 10, 1), 5, 5, TimeSpan.FromHours(3), "Arne K.")),
                (34, new FlexibleWindow(new DateOnly(2020, 11, 5), 5, 5, TimeSpan.FromHours(3), "Arne K.")),
                (49, new FlexibleWindow(new DateOnly(2021, 3, 11), 5, 5, TimeSpan.FromHours(3), "Arne K.")),
            ],
            windows);
        Assert.Equal(new DateOnly(2020, 9, 26), windows[0].Window!.First);
        Assert.Equal(new DateOnly(2020, 10, 6), windows[0].Window!.Last);
    }

    [Fact]
    public void A_lesebestilling_keeps_its_hyperlink()
    {
        var result = Accepted(Import(Plan002, BeforeThePlan));

        var row15 = result.Events.Single(e => e.SourceRow == 15);
        Assert.Equal([new Uri("mailto:arne.kvendseth@vestvagoy.kommune.no")], row15.Lesebestilling!.Links);
    }

    [Fact]
    public void Topic_details_and_week_numbers_are_kept()
    {
        var result = Accepted(Import(Plan002, BeforeThePlan));

        var first = result.Events[0];
        Assert.Equal("Gjennomgang av planutkast.\nDrøfte veien videre.", first.Topic);
        Assert.Equal("Kl. 13.00-15.00 Ledermøte KULG\nUtviklingsplan", first.Details);
        Assert.Equal(new WeekRange(20, 20), first.Weeks);
        Assert.Equal(new DateTimeOffset(2020, 5, 14, 11, 0, 0, TimeSpan.Zero), first.StartsAt);
        Assert.Equal(new DateTimeOffset(2020, 5, 14, 13, 0, 0, TimeSpan.Zero), first.EndsAt);

        var weeksOnly = result.Events.Single(e => e.SourceRow == 48);
        Assert.Equal(new WeekRange(8, 25), weeksOnly.Weeks);
        Assert.Equal("Etter fagdag 4 og ut skole/barnehageåret\nLP", weeksOnly.Details);
        Assert.True(weeksOnly.IsAllDay);
    }

    [Fact]
    public void Keys_are_programme_date_and_title_and_are_unique()
    {
        var result = Accepted(Import(Plan002, BeforeThePlan));

        Assert.Equal("kulg-2020-05-14-utviklingsplan-2020-2021", result.Events[0].Key);
        Assert.Equal("prosjektmote-2020-09-09-mote-i-regional-prosjektgruppe-lp", result.Events.Single(e => e.SourceRow == 22).Key);
        Assert.Equal(result.Events.Count, result.Events.Select(e => e.Key).Distinct().Count());
    }

    [Fact]
    public void Importing_the_same_file_again_gives_the_same_keys()
    {
        var first = Accepted(Import(Plan002, BeforeThePlan));
        var again = Accepted(Import(Plan002Calendar.Build(), BeforeThePlan.AddMonths(3)));

        Assert.Equal(first.Events.Select(e => e.Key), again.Events.Select(e => e.Key));
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read()
    {
        var importer = new DocxPlanImporter(new FakeTimeProvider(BeforeThePlan));

        var result = importer.Import(new ForwardOnlyStream(Plan002), Plan002Calendar.FileName);

        Assert.Equal(36, Accepted(result).Events.Count);
    }

    internal static PlanImportResult Import(byte[] docx, DateTimeOffset now, string fileName = Plan002Calendar.FileName) =>
        new DocxPlanImporter(new FakeTimeProvider(now)).Import(new MemoryStream(docx), fileName);

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
