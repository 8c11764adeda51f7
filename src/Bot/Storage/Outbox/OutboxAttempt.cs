namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>One Connector call made for an outbox row, as <c>outbox_attempts</c> keeps it.</summary>
/// <param name="Call">Which call: <c>Send</c>, <c>Reply</c>, <c>Update</c>, <c>CreateConversation</c>, or <c>Unknown</c> for an interrupted one.</param>
/// <param name="StatusCode">HTTP status; 0 when no answer came.</param>
public sealed record OutboxAttempt(
    string Call,
    long StartedAtMs,
    long FinishedAtMs,
    int StatusCode,
    string? ErrorCode = null,
    long? RetryAfterMs = null,
    string? CorrelationId = null)
{
    /// <summary>The error code for a call whose holder died before its outcome was recorded.</summary>
    public const string Interrupted = "Interrupted";
}
