using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Features.Booking;
using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Tests.Unit.Features.Booking;

/// <summary>
/// Window arithmetic for the three flexible LP network meetings of seed 002 (1 October 2020, 5 November 2020,
/// 11 March 2021: «5 dager før eller etter», «Ett nettverksmøte á 3 timer», «Meld fra til Arne K.»), on the plan's
/// calendar with weekends, public holidays and a municipality's school holidays.
/// </summary>
public sealed class BookingWindowTests
{
    private static readonly FlexibleWindow October = new(new DateOnly(2020, 10, 1), 5, 5, TimeSpan.FromHours(3), "Arne K.");
    private static readonly FlexibleWindow November = new(new DateOnly(2020, 11, 5), 5, 5, TimeSpan.FromHours(3), "Arne K.");
    private static readonly FlexibleWindow March = new(new DateOnly(2021, 3, 11), 5, 5, TimeSpan.FromHours(3), "Arne K.");

    private static readonly ReminderCalendar Vestvagoy = new(new SchoolHolidays("vestvagoy",
    [
        new SchoolHoliday(SchoolHolidayKind.AutumnBreak, new(2020, 10, 5), new(2020, 10, 9)),
        new SchoolHoliday(SchoolHolidayKind.WinterBreak, new(2021, 3, 15), new(2021, 3, 19)),
    ]), QuietHours.Default);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void October_window_runs_from_Saturday_26_September_to_Tuesday_6_October_and_books_only_working_days()
    {
        var window = new BookingWindow(October, ReminderCalendar.Default);

        Assert.Equal("26. september – 6. oktober", BookingTexts.Range(window.Window.First, window.Window.Last));
        Assert.Equal([D(2020, 9, 28), D(2020, 9, 29), D(2020, 9, 30), D(2020, 10, 1), D(2020, 10, 2), D(2020, 10, 5), D(2020, 10, 6)],
            window.BookableDays());
        Assert.Equal("lørdag", window.WhyNot(D(2020, 9, 26)));
        Assert.Equal("søndag", window.WhyNot(D(2020, 10, 4)));
        Assert.Null(window.WhyNot(D(2020, 10, 6)));
        Assert.Equal("utenfor tidsrommet 26. september – 6. oktober", window.WhyNot(D(2020, 10, 7)));
        Assert.Equal("utenfor tidsrommet 26. september – 6. oktober", window.WhyNot(D(2020, 9, 25)));
    }

    [Fact]
    public void The_autumn_break_takes_the_last_two_days_of_the_October_window_with_the_reason_høstferie()
    {
        var window = new BookingWindow(October, Vestvagoy);

        Assert.Equal([D(2020, 9, 28), D(2020, 9, 29), D(2020, 9, 30), D(2020, 10, 1), D(2020, 10, 2)], window.BookableDays());
        Assert.Equal("høstferie", window.WhyNot(D(2020, 10, 5)));
        Assert.Equal(D(2020, 10, 2), window.LastBookable);
        Assert.Equal("tirsdag 6. oktober kan ikke bookes: høstferie. Velg en annen dag.",
            BookingActions.Check(window, D(2020, 10, 6), new TimeOnly(9, 0), null).Error);
    }

    [Fact]
    public void November_window_from_Saturday_31_October_to_Tuesday_10_November_has_seven_working_days()
    {
        var window = new BookingWindow(November, Vestvagoy);

        Assert.Equal("31. oktober – 10. november", BookingTexts.Range(window.Window.First, window.Window.Last));
        Assert.Equal([D(2020, 11, 2), D(2020, 11, 3), D(2020, 11, 4), D(2020, 11, 5), D(2020, 11, 6), D(2020, 11, 9), D(2020, 11, 10)],
            window.BookableDays());
        Assert.Equal("lørdag", window.WhyNot(D(2020, 10, 31)));
        Assert.Equal(D(2020, 11, 2), window.FirstBookable);
    }

    [Fact]
    public void March_window_6_to_16_March_loses_its_last_days_to_a_winter_break_there()
    {
        var window = new BookingWindow(March, Vestvagoy);

        Assert.Equal("6. mars – 16. mars", BookingTexts.Range(window.Window.First, window.Window.Last));
        Assert.Equal([D(2021, 3, 8), D(2021, 3, 9), D(2021, 3, 10), D(2021, 3, 11), D(2021, 3, 12)], window.BookableDays());
        Assert.Equal("vinterferie", window.WhyNot(D(2021, 3, 15)));
        Assert.Equal("søndag", window.WhyNot(D(2021, 3, 7)));
    }

    [Fact]
    public void A_public_holiday_inside_a_window_is_refused_by_its_name()
    {
        var window = new BookingWindow(new FlexibleWindow(D(2021, 5, 13), 5, 5, null, null), ReminderCalendar.Default);

        Assert.Equal(CalendarTexts.AscensionDay, window.WhyNot(D(2021, 5, 13)));
        Assert.Equal(CalendarTexts.ConstitutionDay, window.WhyNot(D(2021, 5, 17)));
        Assert.DoesNotContain(D(2021, 5, 13), window.BookableDays());
        Assert.Equal(BookingWindow.DefaultLength, window.Length);
    }

    [Fact]
    public void Announcement_three_weeks_ahead_and_reminders_land_on_working_days_at_08_Oslo()
    {
        var window = new BookingWindow(October, ReminderCalendar.Default);
        var at = new TimeOnly(8, 0);

        // 26 Sep − 21 days = Saturday 5 September → Friday 4 September, 08.00 CEST = 06.00 UTC.
        Assert.Equal(new DateTimeOffset(2020, 9, 4, 6, 0, 0, TimeSpan.Zero), window.AnnounceAt(21, at));
        // A week before: Saturday 19 September → Friday 18 September.
        Assert.Equal(new DateTimeOffset(2020, 9, 18, 6, 0, 0, TimeSpan.Zero), window.WeekBeforeAt(at));
        // When it opens: the first working day, Monday 28 September.
        Assert.Equal(new DateTimeOffset(2020, 9, 28, 6, 0, 0, TimeSpan.Zero), window.OpensReminderAt(at));
        // The day before a Monday slot is the Friday.
        Assert.Equal(new DateTimeOffset(2020, 10, 2, 6, 0, 0, TimeSpan.Zero), window.DayBeforeAt(D(2020, 10, 5), at));
        // Opens at the start of Saturday 26 September; closes at the end of Tuesday 6 October (Oslo).
        Assert.Equal(new DateTimeOffset(2020, 9, 25, 22, 0, 0, TimeSpan.Zero), window.Opens);
        Assert.Equal(new DateTimeOffset(2020, 10, 6, 22, 0, 0, TimeSpan.Zero), window.Closes);
    }

    [Fact]
    public void A_slot_lasts_the_meetings_three_hours_and_must_end_by_21()
    {
        var window = new BookingWindow(November, ReminderCalendar.Default);

        var (start, end) = window.Slot(D(2020, 11, 3), new TimeOnly(12, 0));
        Assert.Equal(new DateTimeOffset(2020, 11, 3, 11, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(start.AddHours(3), end);
        Assert.Null(BookingActions.Check(window, D(2020, 11, 3), new TimeOnly(18, 0), "Rom 204").Error);
        Assert.Equal(BookingTexts.OutsideWorkingHours, BookingActions.Check(window, D(2020, 11, 3), new TimeOnly(18, 30), null).Error);
        Assert.Equal(BookingTexts.OutsideWorkingHours, BookingActions.Check(window, D(2020, 11, 3), new TimeOnly(6, 30), null).Error);
    }

    [Fact]
    public void A_flexible_meetings_round_is_due_at_the_groups_slot_or_at_the_windows_end_never_its_first_day()
    {
        var planEvent = new PlanEvent
        {
            Key = "lp-2020-10-01-kompetansepakken",
            Programme = Programme.Lp,
            Title = "Kompetansepakken",
            FirstDate = D(2020, 10, 1),
            LastDate = D(2020, 10, 1),
            StartTime = new TimeOnly(9, 0),
            Window = October,
        };
        var slot = new MeetingSlot(new DateTimeOffset(2020, 9, 29, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2020, 9, 29, 13, 0, 0, TimeSpan.Zero), null);

        Assert.Equal(new DateTimeOffset(2020, 9, 25, 22, 0, 0, TimeSpan.Zero), planEvent.EarliestStart);
        Assert.Equal(new DateTimeOffset(2020, 10, 6, 22, 0, 0, TimeSpan.Zero), MeetingDue.Of(planEvent, null));
        Assert.Equal(slot.Start, MeetingDue.Of(planEvent, slot));
        var fixedMeeting = planEvent with { Window = null };
        Assert.Equal(fixedMeeting.EarliestStart, MeetingDue.Of(fixedMeeting, slot));
    }
}
