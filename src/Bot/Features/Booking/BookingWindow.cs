using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>
/// Window arithmetic of a flexible meeting («innenfor et tidsrom på 5 dager før eller etter 1. oktober»), pure and
/// on the plan's own calendar rules (<see cref="ReminderCalendar"/>: weekends, public and school holidays).
/// </summary>
public sealed class BookingWindow(FlexibleWindow window, ReminderCalendar calendar)
{
    /// <summary>A meeting of unknown length is taken as 3 hours («Ett nettverksmøte á 3 timer»).</summary>
    public static readonly TimeSpan DefaultLength = TimeSpan.FromHours(3);

    public FlexibleWindow Window { get; } = window;

    public TimeSpan Length => Window.MeetingLength is { } l && l > TimeSpan.Zero ? l : DefaultLength;

    /// <summary>The days a group may book: the window's working days, in order.</summary>
    public IReadOnlyList<DateOnly> BookableDays()
    {
        var days = new List<DateOnly>();
        for (var d = Window.First; d <= Window.Last; d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                days.Add(d);
            }
        }

        return days;
    }

    /// <summary>The first bookable day (null: the whole window is days off).</summary>
    public DateOnly? FirstBookable => BookableDays() is { Count: > 0 } d ? d[0] : null;

    public DateOnly? LastBookable => BookableDays() is { Count: > 0 } d ? d[^1] : null;

    /// <summary>Null when the date can be booked; else the bokmål reason («lørdag», «høstferie», «utenfor tidsrommet …»).</summary>
    public string? WhyNot(DateOnly date)
    {
        if (!Window.Contains(date))
        {
            return BookingTexts.OutsideWindow(Window.First, Window.Last);
        }

        return calendar.WhyNotWorkingDay(date);
    }

    /// <summary>The window opens at the start of its first day (Oslo): bookings can be moved or cancelled until then.</summary>
    public DateTimeOffset Opens => ReminderCalendar.At(Window.First, TimeOnly.MinValue);

    /// <summary>The end of the window's last day (Oslo): a group that never booked is due then.</summary>
    public DateTimeOffset Closes => ReminderCalendar.At(Window.Last.AddDays(1), TimeOnly.MinValue);

    /// <summary>The announcement: <paramref name="daysBefore"/> calendar days before the window, moved back to a working day.</summary>
    public DateTimeOffset AnnounceAt(int daysBefore, TimeOnly at) => calendar.DaysBefore(Window.First, daysBefore, at);

    /// <summary>«A week before the window»: 7 days before its first day, on a working day.</summary>
    public DateTimeOffset WeekBeforeAt(TimeOnly at) => calendar.DaysBefore(Window.First, 7, at);

    /// <summary>«When it opens»: the first working day of the window.</summary>
    public DateTimeOffset OpensReminderAt(TimeOnly at) => ReminderCalendar.At(calendar.WorkingDayOnOrAfter(Window.First), at);

    /// <summary>The day-before reminder of a group's own slot: the working day before its date.</summary>
    public DateTimeOffset DayBeforeAt(DateOnly date, TimeOnly at) => calendar.WorkingDayBefore(date, at);

    /// <summary>A slot as instants: the date's wall-clock start in Oslo, and its end after the meeting's length.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Slot(DateOnly date, TimeOnly start)
    {
        var from = ReminderCalendar.At(date, start);
        return (from, from + Length);
    }
}
