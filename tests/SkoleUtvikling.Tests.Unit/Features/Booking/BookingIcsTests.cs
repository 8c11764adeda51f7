using System.Text;
using SkoleUtvikling.Bot.Features.Booking;

namespace SkoleUtvikling.Tests.Unit.Features.Booking;

public sealed class BookingIcsTests
{
    private static readonly BookingMeeting Meeting = new()
    {
        TenantId = "t1", EventKey = "lp-2020-10-01-kompetansepakken", Title = "Kompetansepakken for skoleledere, styrere, eiere og PPT; modul 2",
        Anchor = "2020-10-01", DaysBefore = 5, DaysAfter = 5, LengthMinutes = 180,
    };

    private static readonly BookingRow Row = new()
    {
        TenantId = "t1", EventKey = Meeting.EventKey, UnitId = "nettverksgruppe:gruppe-3", Version = 3, Status = "booked",
        MeetingDate = "2020-09-29", StartTime = "12:00", Room = "Rom 204, 2. etasje",
        StartsAtMs = new DateTimeOffset(2020, 9, 29, 10, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(),
        EndsAtMs = new DateTimeOffset(2020, 9, 29, 13, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(),
    };

    [Fact]
    public void One_event_in_UTC_with_the_bookings_uid_and_version_and_escaped_text()
    {
        var ics = Encoding.UTF8.GetString(BookingIcs.Build(Meeting, Row, new DateTimeOffset(2020, 9, 7, 8, 0, 0, TimeSpan.Zero)));
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal);

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("UID:t1-lp-2020-10-01-kompetansepakken-nettverksgruppe-gruppe-3@skoleutvikling\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:3\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20200929T100000Z\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND:20200929T130000Z\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Rom 204\\, 2. etasje\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Kompetansepakken for skoleledere\\, styrere\\, eiere og PPT\\; modul 2\r\n", unfolded, StringComparison.Ordinal);
        Assert.Single(ics.Split("BEGIN:VEVENT"), s => s.Contains("END:VEVENT", StringComparison.Ordinal));
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
    }
}
