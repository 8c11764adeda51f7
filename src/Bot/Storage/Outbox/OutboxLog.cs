namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>Outbox log messages. Event ids 2100–2199. Row ids, conversation ids and status codes; never payloads.</summary>
internal static partial class OutboxLog
{
    [LoggerMessage(2100, LogLevel.Information, "Outbox worker {Owner} started: up to {MaxConcurrentSends} sends at once")]
    public static partial void Started(ILogger logger, string owner, int maxConcurrentSends);

    [LoggerMessage(2101, LogLevel.Information, "Outbox worker disabled (Outbox:Enabled = false); this instance only enqueues")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(2102, LogLevel.Information, "Outbox worker {Owner} stopping with {InFlight} rows in hand")]
    public static partial void Stopping(ILogger logger, string owner, int inFlight);

    [LoggerMessage(2103, LogLevel.Warning, "Outbox worker {Owner}: calls still running after the shutdown grace were cancelled; their outcome is unknown")]
    public static partial void ShutdownGraceElapsed(ILogger logger, string owner);

    [LoggerMessage(2104, LogLevel.Information, "Outbox worker {Owner} stopped")]
    public static partial void Stopped(ILogger logger, string owner);

    [LoggerMessage(2105, LogLevel.Error, "Outbox worker could not claim rows; trying again")]
    public static partial void ClaimFailed(ILogger logger, Exception exception);

    [LoggerMessage(2106, LogLevel.Error, "Outbox row {RowId} failed unexpectedly; its lease will expire and it will be taken up again")]
    public static partial void DeliveryFailed(ILogger logger, long rowId, Exception exception);

    [LoggerMessage(2107, LogLevel.Warning, "Outbox row {RowId} was delivered but recording it failed (try {Try}); trying again")]
    public static partial void RecordingRetried(ILogger logger, long rowId, int @try, Exception exception);

    [LoggerMessage(2110, LogLevel.Debug, "Outbox row {RowId} sent ({Operation}, status {StatusCode}, activity {ActivityId})")]
    public static partial void Sent(ILogger logger, long rowId, string operation, int statusCode, string? activityId);

    [LoggerMessage(2111, LogLevel.Information, "Outbox row {RowId} attempt {Attempt} failed with {StatusCode} {ErrorCode}; next attempt at {NextAttemptAt:o}")]
    public static partial void Retrying(ILogger logger, long rowId, int attempt, int statusCode, string? errorCode, DateTimeOffset nextAttemptAt);

    [LoggerMessage(2112, LogLevel.Warning, "Outbox row {RowId} stopped as dead after status {StatusCode} {ErrorCode}: {Reason}")]
    public static partial void Dead(ILogger logger, long rowId, int statusCode, string? errorCode, string reason);

    [LoggerMessage(2113, LogLevel.Warning, "Conversation {ConversationId} is closed to the bot; marked blocked and {Buried} waiting rows stopped")]
    public static partial void ConversationClosed(ILogger logger, string conversationId, int buried);

    [LoggerMessage(2114, LogLevel.Warning, "Tenant {TenantId} throttled (429); its sends pause until {Until:o} (Retry-After given: {HadRetryAfter})")]
    public static partial void TenantPaused(ILogger logger, string tenantId, DateTimeOffset until, bool hadRetryAfter);

    [LoggerMessage(2115, LogLevel.Warning, "Outbox row {RowId}: lease of {Owner} was lost to another worker; this worker's outcome was not written")]
    public static partial void LeaseLost(ILogger logger, long rowId, string owner);

    [LoggerMessage(2116, LogLevel.Warning, "Outbox row {RowId}: the call of {PreviousOwner} was interrupted and may have arrived; held = {Held}")]
    public static partial void Interrupted(ILogger logger, long rowId, string previousOwner, bool held);

    [LoggerMessage(2117, LogLevel.Debug, "Outbox row {RowId} handed back for {Wait} (tenant paused: {TenantPaused})")]
    public static partial void Deferred(ILogger logger, long rowId, TimeSpan wait, bool tenantPaused);

    [LoggerMessage(2118, LogLevel.Information, "Outbox row {RowId} opened the 1:1 {ConversationId}")]
    public static partial void PersonalConversationOpened(ILogger logger, long rowId, string conversationId);
}
