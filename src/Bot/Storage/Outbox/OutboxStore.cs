using System.Data.Common;
using Dapper;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>Writes outbox rows inside the caller's transaction.</summary>
public sealed class OutboxStore(TimeProvider time, OutboxSignal signal) : IOutbox
{
    private const string Insert = """
        INSERT INTO outbox (dedupe_key, tenant_id, service_url, conversation_id, operation, target_activity_id, payload,
                            status, attempts, next_attempt_at_ms, created_at_ms)
        VALUES (@DedupeKey, @TenantId, @ServiceUrl, @ConversationId, @Operation, @TargetActivityId, @Payload,
                'pending', 0, @Now, @Now)
        ON CONFLICT (dedupe_key) DO NOTHING
        """;

    public async Task<bool> EnqueueAsync(DbConnection connection, DbTransaction transaction, OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var rows = await connection.ExecuteAsync(new CommandDefinition(Insert, new
        {
            message.DedupeKey,
            message.TenantId,
            message.ServiceUrl,
            message.ConversationId,
            Operation = message.Operation.ToString(),
            message.TargetActivityId,
            Payload = ProtocolJson.Serialize(message.Activity),
            Now = now,
        }, transaction, cancellationToken: cancellationToken));
        return rows == 1;
    }

    public void NotifyCommitted() => signal.Notify();
}
