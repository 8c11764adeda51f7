namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>Log messages of booking (event ids 8200–8298). Ids, counts and statuses only; never names or rooms.</summary>
internal static partial class BookingLog
{
    [LoggerMessage(8200, LogLevel.Information, "Flexible meetings of tenant {TenantId}: {Meetings}; {Posts} booking posts scheduled")]
    public static partial void Synced(ILogger logger, string tenantId, int meetings, int posts);

    [LoggerMessage(8201, LogLevel.Information, "Booking post {PostKey} queued for {Groups} groups")]
    public static partial void PostQueued(ILogger logger, string postKey, int groups);

    [LoggerMessage(8202, LogLevel.Warning, "Booking post {PostKey} is for nothing we know; ignored")]
    public static partial void PostForNothing(ILogger logger, string postKey);

    [LoggerMessage(8203, LogLevel.Information, "Booking of {EventKey} by unit {UnitId}: {Status}, version {Version}")]
    public static partial void Saved(ILogger logger, string eventKey, string unitId, string status, long version);

    [LoggerMessage(8204, LogLevel.Information, "Booking refused: {Reason}")]
    public static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(8205, LogLevel.Information, "Booking digest for tenant {TenantId}: {Changes} changes to {Recipients} coordinators")]
    public static partial void DigestQueued(ILogger logger, string tenantId, int changes, int recipients);

    [LoggerMessage(8206, LogLevel.Information, "Day-before reminder {PostKey} skipped: the slot changed or was cancelled")]
    public static partial void DayBeforeStale(ILogger logger, string postKey);

    [LoggerMessage(8210, LogLevel.Information, "Calendar job {JobId} done ({Status})")]
    public static partial void CalendarDone(ILogger logger, long jobId, int status);

    [LoggerMessage(8211, LogLevel.Warning, "Calendar job {JobId} failed with {Status}; again at {Next}")]
    public static partial void CalendarRetrying(ILogger logger, long jobId, int status, DateTimeOffset next);

    [LoggerMessage(8212, LogLevel.Error, "Calendar job {JobId} stopped after {Status}")]
    public static partial void CalendarDead(ILogger logger, long jobId, int status);

    [LoggerMessage(8213, LogLevel.Warning, "Calendar job {JobId}: lease lost before its outcome was recorded")]
    public static partial void CalendarLeaseLost(ILogger logger, long jobId);

    [LoggerMessage(8220, LogLevel.Warning, "Booking of {EventKey} by unit {UnitId} is saved, but what follows its slot could not be moved")]
    public static partial void SlotFollowersFailed(ILogger logger, string eventKey, string unitId, Exception exception);

    [LoggerMessage(8221, LogLevel.Information, "Unit {UnitId} registered late: {Posts} booking posts queued for its channel")]
    public static partial void LateGroupPosted(ILogger logger, string unitId, int posts);

    [LoggerMessage(8222, LogLevel.Information, "At start: {Count} bookings told to what follows their slot")]
    public static partial void SlotsResynced(ILogger logger, int count);

    [LoggerMessage(8223, LogLevel.Warning, "At start: bookings could not be read to check what follows their slot")]
    public static partial void SlotResyncFailed(ILogger logger, Exception exception);

    [LoggerMessage(8230, LogLevel.Information, "Status «Purr grupper» on {EventKey}: {Queued} groups reminded, {Already} already today")]
    public static partial void StatusChased(ILogger logger, string eventKey, int queued, int already);

    [LoggerMessage(8231, LogLevel.Warning, "Status «Purr grupper» refused in tenant {TenantId}: no such flexible meeting")]
    public static partial void StatusChaseRefused(ILogger logger, string tenantId);
}
