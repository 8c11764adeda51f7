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
