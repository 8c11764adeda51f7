using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Features.Booking.Calendar;

/// <summary>A calendar job a worker claimed: bring the booking's Graph event in line with the booking as it is now.</summary>
public sealed class CalendarJobRow : IQueuedJob
{
    public long Id { get; init; }
    public string TenantId { get; init; } = "";
    public string EventKey { get; init; } = "";
    public string UnitId { get; init; } = "";

    /// <summary>The group's members to invite (JSON list of <see cref="CalendarAttendee"/>).</summary>
    public string AttendeesJson { get; init; } = "[]";

    public IReadOnlyList<CalendarAttendee> Attendees => System.Text.Json.JsonSerializer.Deserialize<List<CalendarAttendee>>(AttendeesJson) ?? [];

    /// <summary>Attempts before this one.</summary>
    public int Attempts { get; init; }
}

/// <summary>A booking's Graph event: who organizes it, the transactionId of its create, and its id once made.</summary>
public sealed class CalendarEventRow
{
    public string OrganizerId { get; init; } = "";
    public string TransactionId { get; init; } = "";
    public string? GraphEventId { get; init; }
}

/// <summary>A member of the group, invited to the booking's event.</summary>
public sealed record CalendarAttendee(string Name, string Email, string? Aad);

/// <summary>The event as Graph should hold it.</summary>
public sealed record CalendarEvent(string Subject, DateTimeOffset Start, DateTimeOffset End, string? Room, string Body, IReadOnlyList<CalendarAttendee> Attendees);

/// <summary>A Graph calendar call that failed, classified for the queue's failure policy.</summary>
public sealed class CalendarCallException(string message, int statusCode, TimeSpan? retryAfter, bool transient, bool outcomeUnknown, Exception? inner = null)
    : Exception(message, inner)
{
    public int StatusCode { get; } = statusCode;
    public TimeSpan? RetryAfter { get; } = retryAfter;
    public bool Transient { get; } = transient;
    public bool OutcomeUnknown { get; } = outcomeUnknown;
}

/// <summary>The calendar calls of a booking, in the organizer's mailbox (app-only: <c>/users/{id}/events</c>).</summary>
public interface IBookingCalendar
{
    /// <summary>Creates the event; Graph returns the one it made before for the same <paramref name="transactionId"/>.</summary>
    Task<string> CreateAsync(string tenantId, string organizerId, string transactionId, CalendarEvent calendarEvent, CancellationToken cancellationToken);

    Task UpdateAsync(string tenantId, string organizerId, string graphEventId, CalendarEvent calendarEvent, CancellationToken cancellationToken);

    /// <summary>Cancels the meeting (attendees are told); an event already gone counts as cancelled.</summary>
    Task CancelAsync(string tenantId, string organizerId, string graphEventId, string comment, CancellationToken cancellationToken);
}
