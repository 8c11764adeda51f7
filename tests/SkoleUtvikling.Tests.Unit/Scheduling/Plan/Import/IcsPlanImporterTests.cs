using System.Text;
using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Scheduling.Plan;
using SkoleUtvikling.Scheduling.Plan.Import;
using static SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.PlanImportAssertions;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import;

public class IcsPlanImporterTests
{
    private const string File = "plan.ics";
    private static readonly DateTimeOffset Now = new(2020, 5, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Calendar_events_become_plan_events_in_Oslo_time()
    {
        var ics = Calendar(
            """
            BEGIN:VEVENT
            UID:kulg-1
            DTSTART;TZID=Europe/Oslo:20200514T130000
            DTEND;TZID=Europe/Oslo:20200514T150000
            SUMMARY:Utviklingsplan 2020-2021
            CATEGORIES:KULG
            LOCATION:Teams
            DESCRIPTION:Gjennomgang av planutkast.\nLesebestilling/oppgave:\nGå gjennom utkastet og noter kommentarer.
            ATTENDEE;CN=Kommunalsjef:mailto:kommunalsjef@example.no
            ATTENDEE:mailto:pedstab@example.no
            END:VEVENT
            """,
            """
            BEGIN:VEVENT
            UID:lu-1
            DTSTART:20201029T073000Z
            DTEND:20201029T103000Z
            SUMMARY:Lederutvikling barnehage- og skoleledere
            END:VEVENT
            """,
            """
            BEGIN:VEVENT
            UID:ibsm-1
            DTSTART;VALUE=DATE:20200916
            DTEND;VALUE=DATE:20200918
            SUMMARY:IBSM: Nasjonale fagdager
            END:VEVENT
            """);

        var result = Accepted(Import(ics));

        var (kulg, leder, ibsm) = (result.Events[0], result.Events[1], result.Events[2]);
        Assert.Equal(
            ("kulg-2020-05-14-utviklingsplan-2020-2021", "2020-05-14", "13.00-15.00", "Teams", "Kommunalsjef | pedstab@example.no"),
            (kulg.Key, Dates(kulg), Time(kulg), kulg.Room, Participants(kulg)));
        Assert.Equal(("Gjennomgang av planutkast.", "Gå gjennom utkastet og noter kommentarer."), (kulg.Topic, kulg.Lesebestilling!.Text));
        Assert.Equal((Programme.Lederutvikling, "2020-10-29", "08.30-11.30"), (leder.Programme, Dates(leder), Time(leder)));
        Assert.Equal((Programme.Ibsm, "2020-09-16..2020-09-17", (string?)null), (ibsm.Programme, Dates(ibsm), Time(ibsm)));
        Assert.Equal([4, 15, 21], result.Events.Select(e => e.SourceRow));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void A_project_meeting_description_carries_the_saker_rule()
    {
        var ics = Calendar(
            """
            BEGIN:VEVENT
            DTSTART;TZID=Europe/Oslo:20210421T134500
            DTEND;TZID=Europe/Oslo:20210421T154500
            SUMMARY:Prosjektmøte LP
            DESCRIPTION:Møte i regional prosjektgruppe LP\nSaker meldes inn til rådgiver Arne Kvendseth arne.kvendseth@vestvagoy.kommune.no senest 3 uker før møtet.\nSaksliste sendes ut ei uke i forkant.
            END:VEVENT
            """);

        var meeting = Assert.Single(Accepted(Import(ics)).Events);

        Assert.Equal(Programme.Prosjektmote, meeting.Programme);
        Assert.Equal(new AgendaRule(21, 7, "rådgiver Arne Kvendseth", new Uri("mailto:arne.kvendseth@vestvagoy.kommune.no")), meeting.Agenda);
    }

    [Fact]
    public void A_recurring_event_gives_one_event_per_occurrence_with_its_own_key()
    {
        var ics = Calendar(
            """
            BEGIN:VEVENT
            DTSTART;TZID=Europe/Oslo:20201001T090000
            DTEND;TZID=Europe/Oslo:20201001T113000
            SUMMARY:Ressursgruppe LP
            RRULE:FREQ=WEEKLY;COUNT=3
            END:VEVENT
            """);

        var result = Accepted(Import(ics));

        Assert.Equal(["2020-10-01", "2020-10-08", "2020-10-15"], result.Events.Select(Dates));
        Assert.Equal(["09.00-11.30", "09.00-11.30", "09.00-11.30"], result.Events.Select(Time));
        Assert.Equal(3, result.Events.Select(e => e.Key).Distinct().Count());
    }

    [Fact]
    public void An_endless_recurrence_is_cut_after_two_years_with_a_warning()
    {
        var ics = Calendar(
            """
            BEGIN:VEVENT
            DTSTART;TZID=Europe/Oslo:20200903T120000
            DTEND;TZID=Europe/Oslo:20200903T140000
            SUMMARY:Ressursgruppe LP
            RRULE:FREQ=MONTHLY
            END:VEVENT
            """);

        var result = Accepted(Import(ics));

        Assert.Equal(25, result.Events.Count);
        Assert.Equal(new DateOnly(2022, 9, 3), result.Events[^1].FirstDate);
        Assert.Contains("Rad 4: hendelsen gjentas mer enn 2 år fram; bare de første 2 årene er tatt med", result.Warnings.Select(w => w.Text));

        // The plan's own date checks still apply to every occurrence.
        Assert.Contains("Rad 4: 3. oktober 2020 er en lørdag", result.Warnings.Select(w => w.Text));
    }

    [Fact]
    public void A_floating_time_is_taken_as_Oslo_time_and_a_lone_start_has_no_end()
    {
        var ics = Calendar(
            """
            BEGIN:VEVENT
            DTSTART:20210311T090000
            SUMMARY:Nettverksmøte LP
            DESCRIPTION:Hver enkelt nettverksgruppe kan avtale møtetid innenfor et tidsrom på 5 dager før eller etter 11. mars.
            END:VEVENT
            """);

        var meeting = Assert.Single(Accepted(Import(ics)).Events);

        Assert.Equal((new TimeOnly(9, 0), (TimeOnly?)null), (meeting.StartTime!.Value, meeting.EndTime));
        Assert.Equal(new DateTimeOffset(2021, 3, 11, 8, 0, 0, TimeSpan.Zero), meeting.StartsAt);
        Assert.Equal(5, meeting.Window!.DaysBefore);
    }

    [Fact]
    public void A_file_that_is_not_a_calendar_is_rejected()
    {
        Assert.Equal([new PlanImportError(File, null, PlanImportTexts.NotAnIcs)], Import("hello world").Errors);
        Assert.Equal([new PlanImportError(File, null, PlanImportTexts.NotAnIcs)], Import("BEGIN:VCALENDAR\r\nthis is not ical\r\n").Errors);
    }

    [Fact]
    public void An_event_without_a_start_is_skipped_with_its_line_and_the_rest_is_imported()
    {
        var ics = Calendar(
            """
            BEGIN:VEVENT
            DTSTART;TZID=Europe/Oslo:20200514T130000
            SUMMARY:Utviklingsplan KULG
            END:VEVENT
            """,
            """
            BEGIN:VEVENT
            SUMMARY:Uten dato
            END:VEVENT
            """);

        var result = Accepted(Import(ics));

        Assert.Equal(["2020-05-14"], result.Events.Select(Dates));
        Assert.Equal(["Rad 8: hendelsen mangler startdato (DTSTART); raden er hoppet over"], result.Warnings.Select(w => w.Text));
    }

    private static string Calendar(params string[] events) =>
        string.Join("\r\n", ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SkoleUtvikling//test//NO", .. events.Select(e => e.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal)), "END:VCALENDAR", string.Empty]);

    private static PlanImportResult Import(string ics) =>
        new IcsPlanImporter(new FakeTimeProvider(Now)).Import(new MemoryStream(Encoding.UTF8.GetBytes(ics)), File);
}
