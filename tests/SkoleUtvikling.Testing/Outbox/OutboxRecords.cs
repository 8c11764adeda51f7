using Dapper;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Testing.Outbox;

/// <summary>Reads what the outbox recorded, for assertions.</summary>
public static class OutboxRecords
{
    public static async Task<IReadOnlyList<OutboxRecord>> RowsAsync(Database database)
    {
        await using var c = await database.OpenAsync();
        return [.. await c.QueryAsync<OutboxRecord>("""
            SELECT id AS Id, dedupe_key AS DedupeKey, tenant_id AS TenantId, conversation_id AS ConversationId, status AS Status,
                   attempts AS Attempts, interrupted_attempts AS InterruptedAttempts, next_attempt_at_ms AS NextAttemptAtMs,
                   lease_owner AS LeaseOwner, result_activity_id AS ResultActivityId, result_conversation_id AS ResultConversationId,
                   last_status_code AS LastStatusCode, last_error_code AS LastErrorCode, dead_reason AS DeadReason
            FROM outbox ORDER BY id
            """)];
    }

    public static async Task<IReadOnlyList<OutboxAttemptRecord>> AttemptsAsync(Database database)
    {
        await using var c = await database.OpenAsync();
        return [.. await c.QueryAsync<OutboxAttemptRecord>("""
            SELECT outbox_id AS OutboxId, attempt AS Attempt, call_kind AS Call, lease_owner AS Owner, started_at_ms AS StartedAtMs,
                   finished_at_ms AS FinishedAtMs, status_code AS StatusCode, error_code AS ErrorCode, retry_after_ms AS RetryAfterMs,
                   correlation_id AS CorrelationId
            FROM outbox_attempts ORDER BY id
            """)];
    }

    public static async Task<bool?> IsBlockedAsync(Database database, string conversationId)
    {
        await using var c = await database.OpenAsync();
        return await c.QuerySingleOrDefaultAsync<bool?>("SELECT blocked FROM conversations WHERE conversation_id = @conversationId", new { conversationId });
    }
}

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
