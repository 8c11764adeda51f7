using System.Data.Common;
using Dapper;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Features.Booking.Calendar;

/// <summary>
/// The calendar-event job kind's table (<c>booking_calendar_jobs</c>) on the one durable queue: a job per booking
/// change, committed with the booking; jobs of one booking (tenant, meeting, group) run in order, one at a time.
/// </summary>
public sealed class BookingCalendarJobs(Database database)
{
    public const string Kind = "Calendar";

    private const string Returning = """
        RETURNING id AS Id, tenant_id AS TenantId, event_key AS EventKey, unit_id AS UnitId, attendees_json AS AttendeesJson, attempts AS Attempts
        """;

    public QueueTable Queue { get; } = new(database, Kind, new QueueSql("booking_calendar_jobs", "booking_calendar_pauses",
        ["tenant_id", "event_key", "unit_id"], ["next_attempt_at_ms", "id"], Returning));

    public static Task EnqueueAsync(DbConnection c, DbTransaction t, BookingRow row, IReadOnlyList<CalendarAttendee> attendees, DateTimeOffset now) =>
        c.ExecuteAsync("""
            INSERT INTO booking_calendar_jobs (dedupe_key, tenant_id, event_key, unit_id, attendees_json, status, attempts, next_attempt_at_ms, created_at_ms)
            VALUES (@DedupeKey, @TenantId, @EventKey, @UnitId, @AttendeesJson, 'pending', 0, @Now, @Now)
            ON CONFLICT (dedupe_key) DO NOTHING
            """, new
        {
            DedupeKey = $"calendar:{row.TenantId}:{row.EventKey}:{row.UnitId}:v{row.Version}",
            row.TenantId, row.EventKey, row.UnitId, Now = now.ToUnixTimeMilliseconds(),
            AttendeesJson = System.Text.Json.JsonSerializer.Serialize(attendees),
        }, t);

    public async Task<CalendarEventRow?> EventAsync(CalendarJobRow job, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return await c.QuerySingleOrDefaultAsync<CalendarEventRow>(new CommandDefinition("""
            SELECT organizer_id AS OrganizerId, transaction_id AS TransactionId, graph_event_id AS GraphEventId
            FROM booking_calendar_events WHERE tenant_id = @TenantId AND event_key = @EventKey AND unit_id = @UnitId
            """, new { job.TenantId, job.EventKey, job.UnitId }, cancellationToken: cancellationToken));
    }

    /// <summary>Stores who organizes the event and its transactionId before the create is sent.</summary>
    public Task BeginEventAsync(CalendarJobRow job, string organizerId, string transactionId, long now) =>
        database.ExecuteAsync("""
            INSERT INTO booking_calendar_events (tenant_id, event_key, unit_id, organizer_id, transaction_id, graph_event_id, updated_at_ms)
            VALUES (@TenantId, @EventKey, @UnitId, @OrganizerId, @TransactionId, NULL, @Now)
            ON CONFLICT (tenant_id, event_key, unit_id) DO NOTHING
            """, new { job.TenantId, job.EventKey, job.UnitId, OrganizerId = organizerId, TransactionId = transactionId, Now = now });

    public Task SetEventIdAsync(CalendarJobRow job, string graphEventId, long now) =>
        database.ExecuteAsync("""
            UPDATE booking_calendar_events SET graph_event_id = @GraphEventId, updated_at_ms = @Now
            WHERE tenant_id = @TenantId AND event_key = @EventKey AND unit_id = @UnitId
            """, new { job.TenantId, job.EventKey, job.UnitId, GraphEventId = graphEventId, Now = now });

    /// <summary>After a cancel: a later booking makes a new event, with a new transactionId.</summary>
    public Task ForgetEventAsync(CalendarJobRow job) =>
        database.ExecuteAsync("DELETE FROM booking_calendar_events WHERE tenant_id = @TenantId AND event_key = @EventKey AND unit_id = @UnitId",
            new { job.TenantId, job.EventKey, job.UnitId });

    public async Task<bool> RecordDoneAsync(CalendarJobRow job, string owner, int statusCode, long now) =>
        await database.ExecuteAsync("""
            UPDATE booking_calendar_jobs SET status = 'done', attempts = attempts + 1, last_status_code = @Status, completed_at_ms = @Now,
                lease_owner = NULL, lease_until_ms = NULL
            WHERE id = @Id AND lease_owner = @Owner
            """, new { job.Id, Owner = owner, Status = statusCode, Now = now }) == 1;

    public async Task<bool> RecordRetryAsync(CalendarJobRow job, string owner, int statusCode, string error, long nextAttemptAtMs) =>
        await database.ExecuteAsync("""
            UPDATE booking_calendar_jobs SET attempts = attempts + 1, last_status_code = @Status, last_error = @Error,
                next_attempt_at_ms = @Next, lease_owner = NULL, lease_until_ms = NULL
            WHERE id = @Id AND lease_owner = @Owner
            """, new { job.Id, Owner = owner, Status = statusCode, Error = error, Next = nextAttemptAtMs }) == 1;

    public async Task<bool> RecordDeadAsync(CalendarJobRow job, string owner, int statusCode, string error, long now) =>
        await database.ExecuteAsync("""
            UPDATE booking_calendar_jobs SET status = 'dead', attempts = attempts + 1, last_status_code = @Status, last_error = @Error,
                completed_at_ms = @Now, lease_owner = NULL, lease_until_ms = NULL
            WHERE id = @Id AND lease_owner = @Owner
            """, new { job.Id, Owner = owner, Status = statusCode, Error = error, Now = now }) == 1;
}
