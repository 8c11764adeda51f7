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

    /// <summary>
    /// Enqueues one message in a write of its own (committed when the task completes). Its insert may share a round
    /// trip and a commit with other requests' (<see cref="Database.ExecuteAsync"/>).
    /// </summary>
    /// <returns>True when the row was added, false when its dedupe key was already there.</returns>
    Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Enqueues a message that replaces the conversation's not yet started messages whose dedupe keys
    /// start with <paramref name="supersededKeyPrefix"/>: the newest state of one thing (e.g. the count
    /// on a post) is sent, not every state it passed through.
    /// </summary>
    /// <returns>True when the row was added, false when its dedupe key was already there.</returns>
    Task<bool> EnqueueReplacingAsync(DbConnection connection, DbTransaction transaction, OutboxMessage message, string supersededKeyPrefix, CancellationToken cancellationToken);

    /// <summary>Wakes the local worker after the enqueuing transaction committed (other replicas poll).</summary>
    void NotifyCommitted();
}
