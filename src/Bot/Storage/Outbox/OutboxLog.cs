namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>Outbox log messages. Event ids 2100–2199. Row ids, conversation ids and status codes; never payloads.</summary>
internal static partial class OutboxLog
{
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

    [LoggerMessage(2115, LogLevel.Warning, "Outbox row {RowId}: lease of {Owner} was lost to another worker; this worker's outcome was not written")]
    public static partial void LeaseLost(ILogger logger, long rowId, string owner);

    [LoggerMessage(2116, LogLevel.Warning, "Outbox row {RowId}: the call of {PreviousOwner} was interrupted and may have arrived; held = {Held}")]
    public static partial void Interrupted(ILogger logger, long rowId, string previousOwner, bool held);

    [LoggerMessage(2118, LogLevel.Information, "Outbox row {RowId} opened the 1:1 {ConversationId}")]
    public static partial void PersonalConversationOpened(ILogger logger, long rowId, string conversationId);
}
