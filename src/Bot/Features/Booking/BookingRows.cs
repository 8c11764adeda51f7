using System.Globalization;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>A flexible meeting as the booking feature keeps it (from the published plan).</summary>
public sealed class BookingMeeting
{
    public string TenantId { get; set; } = "";

    public string EventKey { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>yyyy-MM-dd.</summary>
    public string Anchor { get; set; } = "";

    public long DaysBefore { get; set; }

    public long DaysAfter { get; set; }

    public long LengthMinutes { get; set; }

    public string? ReportTo { get; set; }

    public FlexibleWindow Window => new(
        DateOnly.ParseExact(Anchor, "yyyy-MM-dd", CultureInfo.InvariantCulture), (int)DaysBefore, (int)DaysAfter,
        TimeSpan.FromMinutes(LengthMinutes), ReportTo);

    public static BookingMeeting From(string tenantId, PlanEvent planEvent)
    {
        var window = planEvent.Window ?? throw new ArgumentException("Not a flexible meeting.", nameof(planEvent));
        return new BookingMeeting
        {
            TenantId = tenantId,
            EventKey = planEvent.Key,
            Title = planEvent.Title,
            Anchor = window.Anchor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DaysBefore = window.DaysBefore,
            DaysAfter = window.DaysAfter,
            LengthMinutes = (long)(window.MeetingLength is { } l && l > TimeSpan.Zero ? l : BookingWindow.DefaultLength).TotalMinutes,
            ReportTo = window.ReportTo,
        };
    }
}

/// <summary>One group's booking of one meeting (table <c>bookings</c>).</summary>
public sealed class BookingRow
{
    public string TenantId { get; set; } = "";

    public string EventKey { get; set; } = "";

    public string UnitId { get; set; } = "";

    public long Version { get; set; }

    /// <summary><c>booked</c> or <c>cancelled</c>.</summary>
    public string Status { get; set; } = "";

    public string MeetingDate { get; set; } = "";

    public string StartTime { get; set; } = "";

    public long StartsAtMs { get; set; }

    public long EndsAtMs { get; set; }

    public string? Room { get; set; }

    public string BookedBy { get; set; } = "";

    public string BookedByName { get; set; } = "";

    /// <summary>The booking person's Entra id: the organizer of the calendar event.</summary>
    public string? BookedByAad { get; set; }

    public long UpdatedAtMs { get; set; }

    public bool IsBooked => Status == "booked";

    public DateOnly Date => DateOnly.ParseExact(MeetingDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public TimeOnly Start => TimeOnly.ParseExact(StartTime, "HH:mm", CultureInfo.InvariantCulture);

    public DateTimeOffset StartsAt => DateTimeOffset.FromUnixTimeMilliseconds(StartsAtMs);

    public DateTimeOffset EndsAt => DateTimeOffset.FromUnixTimeMilliseconds(EndsAtMs);
}

/// <summary>What a member asks for: a slot (or a cancel) from the version they saw.</summary>
public sealed record BookingRequest(
    string TenantId, string EventKey, string UnitId, int ExpectedVersion, DateOnly Date, TimeOnly Start,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Room, string BookedBy, string BookedByName, string? BookedByAad = null);

public enum BookingSaveStatus
{
    Saved,

    /// <summary>Someone saved first (the version moved on): nothing saved.</summary>
    Conflict,

    /// <summary>The group already meets then (another meeting), or the room is taken.</summary>
    Collision,
}

/// <summary>The outcome of a save: the booking as it is now (after the save, or the one that won), and a collision if any.</summary>
public sealed record BookingSaveResult(BookingSaveStatus Status, BookingRow? Current, BookingRow? CollidesWith = null, bool First = false);
