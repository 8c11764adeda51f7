namespace SkoleUtvikling.Testing.Outbox;

/// <summary>An outbox row as a test reads it.</summary>
public sealed record OutboxRecord
{
    public long Id { get; init; }
    public string DedupeKey { get; init; } = "";
    public string TenantId { get; init; } = "";
    public string ConversationId { get; init; } = "";
    public string Status { get; init; } = "";
    public int Attempts { get; init; }
    public int InterruptedAttempts { get; init; }
    public long NextAttemptAtMs { get; init; }
    public string? LeaseOwner { get; init; }
    public string? ResultActivityId { get; init; }
    public string? ResultConversationId { get; init; }
    public int? LastStatusCode { get; init; }
    public string? LastErrorCode { get; init; }
    public string? DeadReason { get; init; }
}
