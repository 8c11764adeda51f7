using System.Data.Common;

namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>
/// The durable outbox (design decision 4). Handlers enqueue inside their own transaction; the
/// worker sends after commit. A second enqueue with the same <see cref="OutboxMessage.DedupeKey"/> is ignored.
/// </summary>
public interface IOutbox
{
    /// <returns>True when the row was added, false when its dedupe key was already there.</returns>
    Task<bool> EnqueueAsync(DbConnection connection, DbTransaction transaction, OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Wakes the local worker after the enqueuing transaction committed (other replicas poll).</summary>
    void NotifyCommitted();
}
