namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>Settings of booking flexible meetings (section <c>Booking</c>). Times are Europe/Oslo.</summary>
public sealed class BookingOptions
{
    public const string Section = "Booking";

    /// <summary>Calendar days between the announcement and the window's first day (moved back to a working day).</summary>
    public int AnnounceDaysBefore { get; set; } = 21;

    /// <summary>When announcements and reminders to groups go out.</summary>
    public TimeOnly PostAt { get; set; } = new(8, 0);

    /// <summary>The day-before reminder of a group's own slot.</summary>
    public TimeOnly DayBeforeAt { get; set; } = new(8, 0);

    /// <summary>The coordinators' daily digest of changed bookings.</summary>
    public TimeOnly DigestAt { get; set; } = new(15, 0);

    /// <summary>Moves and cancellations are allowed until the window opens; true also later (until the slot starts).</summary>
    public bool ChangeAfterWindowOpens { get; set; }

    public IEnumerable<string> Validate()
    {
        if (AnnounceDaysBefore is < 1 or > 120)
        {
            yield return "Booking:AnnounceDaysBefore must be 1–120 days.";
        }
    }
}
