using System.Globalization;
using SkoleUtvikling.Cards.Booking;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>From stored meetings and bookings to card models and texts.</summary>
public static class BookingViews
{
    public static BookingMeetingModel Meeting(BookingMeeting meeting, string group, ReminderCalendar calendar)
    {
        var window = new BookingWindow(meeting.Window, calendar);
        return new BookingMeetingModel(meeting.EventKey, meeting.Title, group,
            BookingTexts.Range(window.Window.First, window.Window.Last), BookingTexts.Hours(window.Length),
            Iso(window.Window.First), Iso(window.Window.Last),
            [.. window.BookableDays().Select(BookingTexts.Day)], meeting.ReportTo);
    }

    public static BookedSlotModel Slot(BookingRow row, bool canChange) =>
        new((int)row.Version, SlotText(row), row.BookedByName, row.MeetingDate, row.StartTime, row.Room, canChange);

    /// <summary>«tirsdag 29. september kl. 12.00–15.00, Rom 204».</summary>
    public static string SlotText(BookingRow row) =>
        BookingTexts.Slot(row.Date, row.Start, TimeOnly.FromDateTime(OsloTime.ToOslo(row.EndsAt).DateTime), row.Room);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
