namespace SkoleUtvikling.Bot.Storage.Queue;

/// <summary>The queue workers' log messages, for every job kind. Event ids 2200–2299. Job ids, tenants and status codes; never payloads.</summary>
internal static partial class QueueLog
{
    [LoggerMessage(2200, LogLevel.Information, "{Kind} worker {Owner} started: up to {Concurrency} jobs at once")]
    public static partial void Started(ILogger logger, string kind, string owner, int concurrency);

    [LoggerMessage(2201, LogLevel.Information, "{Kind} worker disabled (its Enabled setting is false); this instance only enqueues")]
    public static partial void Disabled(ILogger logger, string kind);

    [LoggerMessage(2202, LogLevel.Information, "{Kind} worker {Owner} stopping with {InFlight} jobs in hand")]
    public static partial void Stopping(ILogger logger, string kind, string owner, int inFlight);

    [LoggerMessage(2203, LogLevel.Warning, "{Kind} worker {Owner}: jobs still running after the shutdown grace were cancelled; their outcome is unknown")]
    public static partial void ShutdownGraceElapsed(ILogger logger, string kind, string owner);

    [LoggerMessage(2204, LogLevel.Information, "{Kind} worker {Owner} stopped")]
    public static partial void Stopped(ILogger logger, string kind, string owner);

    [LoggerMessage(2205, LogLevel.Error, "{Kind} worker could not claim or look after jobs; trying again")]
    public static partial void ClaimFailed(ILogger logger, string kind, Exception exception);

    [LoggerMessage(2206, LogLevel.Error, "{Kind} job {JobId} failed unexpectedly; its lease will expire and it will be taken up again")]
    public static partial void JobFailed(ILogger logger, string kind, long jobId, Exception exception);

    [LoggerMessage(2207, LogLevel.Warning, "Tenant {TenantId} throttled (429); its {Kind} jobs pause until {Until:o} (Retry-After given: {HadRetryAfter})")]
    public static partial void TenantPaused(ILogger logger, string kind, string tenantId, DateTimeOffset until, bool hadRetryAfter);

    [LoggerMessage(2208, LogLevel.Debug, "{Kind} job {JobId} handed back for {Wait} (tenant paused: {TenantPaused})")]
    public static partial void Deferred(ILogger logger, string kind, long jobId, TimeSpan wait, bool tenantPaused);

    [LoggerMessage(2209, LogLevel.Debug, "{Kind} job {JobId} was claimed again while its previous run was going; handed back once that run was over")]
    public static partial void ClaimedWhileRunning(ILogger logger, string kind, long jobId);
}
