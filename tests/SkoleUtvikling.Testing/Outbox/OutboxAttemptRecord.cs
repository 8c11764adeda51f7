namespace SkoleUtvikling.Testing.Outbox;

/// <summary>An <c>outbox_attempts</c> row as a test reads it.</summary>
public sealed record OutboxAttemptRecord
{
    public long OutboxId { get; init; }
    public int Attempt { get; init; }
    public string Call { get; init; } = "";
    public string Owner { get; init; } = "";
    public long StartedAtMs { get; init; }
    public long FinishedAtMs { get; init; }
    public int StatusCode { get; init; }
    public string? ErrorCode { get; init; }
    public long? RetryAfterMs { get; init; }
    public string? CorrelationId { get; init; }
}
