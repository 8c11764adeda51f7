namespace SkoleUtvikling.Cards.Booking;

/// <summary>A flexible meeting as a group's card shows it. Dates as ISO (yyyy-MM-dd) for the date input.</summary>
public sealed record BookingMeetingModel(
    string EventKey, string Title, string Group, string Range, string Length, string FirstIso, string LastIso,
    IReadOnlyList<string> BookableDays, string? ReportTo);

/// <summary>The group's current booking (version is the concurrency token the card sends back).</summary>
public sealed record BookedSlotModel(int Version, string Slot, string BookedBy, string DateIso, string StartText, string? Room, bool CanChange);

/// <summary>One line of <c>bookinger</c>: a group and its slot (or «ikke booket»).</summary>
public sealed record BookingOverviewLine(string Group, string Slot);

public sealed record BookingOverviewMeeting(string Title, string Range, IReadOnlyList<BookingOverviewLine> Lines);
