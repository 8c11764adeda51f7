using System.Data.Common;
using Dapper;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Protocol.Outbound;

namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>Writes outbox rows inside the caller's transaction, or a lone reply's row as a statement of its own (see <see cref="Database.ExecuteAsync"/>).</summary>
public sealed class OutboxStore(Database database, TimeProvider time, OutboxSignal signal) : IOutbox
{
    public async Task<bool> EnqueueAsync(DbConnection connection, DbTransaction transaction, OutboxMessage message, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(OutboxSql.Insert, InsertArguments(message), transaction, cancellationToken: cancellationToken)) == 1;

    public async Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(OutboxSql.Insert, InsertArguments(message), cancellationToken) == 1;

    public async Task<bool> EnqueueReplacingAsync(DbConnection connection, DbTransaction transaction, OutboxMessage message, string supersededKeyPrefix,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(supersededKeyPrefix);
        if (!message.DedupeKey.StartsWith(supersededKeyPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The message's key '{message.DedupeKey}' must start with the prefix it supersedes.", nameof(supersededKeyPrefix));
        }

        await connection.ExecuteAsync(new CommandDefinition(OutboxSql.Supersede, new
        {
            ConversationKey = KeyOf(message),
            Now = time.GetUtcNow().ToUnixTimeMilliseconds(),
            Prefix = supersededKeyPrefix,
            PrefixLength = supersededKeyPrefix.Length,
        }, transaction, cancellationToken: cancellationToken));
        return await EnqueueAsync(connection, transaction, message, cancellationToken);
    }

    public void NotifyCommitted() => signal.Notify();

    private object InsertArguments(OutboxMessage message) => new
    {
        message.DedupeKey,
        message.TenantId,
        // protocol.md §2: with no serviceUrl stored, Teams' global one.
        ServiceUrl = string.IsNullOrWhiteSpace(message.ServiceUrl) ? ConnectorPaths.DefaultServiceUrl : message.ServiceUrl,
        message.ConversationId,
        ConversationKey = KeyOf(message),
        Operation = message.Operation.ToString(),
        message.TargetActivityId,
        Payload = ProtocolJson.Serialize(message.Activity),
        Now = time.GetUtcNow().ToUnixTimeMilliseconds(),
    };

    /// <summary>
    /// What order, one-in-flight and rate limits are kept per: the conversation without its thread
    /// suffix (Teams counts per conversation; a thread shares its channel's budget, the safe side),
    /// or the user for a 1:1 that may not exist yet.
    /// </summary>
    public static string KeyOf(OutboxMessage message) =>
        message.Operation == OutboxOperation.CreatePersonal
            ? $"personal:{message.ConversationId}"
            : message.ConversationId.Split(';', 2)[0];
}
