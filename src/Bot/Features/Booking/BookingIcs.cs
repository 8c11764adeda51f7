using System.Globalization;
using System.Text;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>
/// A booking as an iCalendar file (RFC 5545), pure: one VEVENT in UTC whose UID is the booking's (meeting and group)
/// and whose SEQUENCE is its version, so a calendar that imports a moved booking replaces the earlier one.
/// </summary>
public static class BookingIcs
{
    public static string FileName(BookingMeeting meeting) => BookingTexts.CalendarFileName(meeting.Anchor);

    public static byte[] Build(BookingMeeting meeting, BookingRow booking, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(booking);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//SkoleUtvikling//Booking//NO",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:{Escape(booking.TenantId)}-{Escape(booking.EventKey)}-{Escape(booking.UnitId.Replace(':', '-'))}@skoleutvikling",
            $"SEQUENCE:{booking.Version.ToString(CultureInfo.InvariantCulture)}",
            $"DTSTAMP:{Utc(now)}",
            $"DTSTART:{Utc(booking.StartsAt)}",
            $"DTEND:{Utc(booking.EndsAt)}",
            $"SUMMARY:{Escape(meeting.Title)}",
        };
        if (!string.IsNullOrEmpty(booking.Room))
        {
            lines.Add($"LOCATION:{Escape(booking.Room)}");
        }

        lines.Add($"DESCRIPTION:{Escape(BookingTexts.CalendarBody(meeting.Title, BookingViews.SlotText(booking)))}");
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 character.</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(rune.ToString());
            octets += size;
        }

        text.Append("\r\n");
    }
}
