using System.Data.Common;

namespace SkoleUtvikling.Bot.Filing;

/// <summary>
/// The durable filing queue. Callers enqueue inside their own transaction (the note and its filing
/// commit together); the filing worker files after commit and retries until it succeeds.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It is a queue; the name is the contract other features code against.")]
public interface IFilingQueue
{
    /// <returns>True when a job was added, false when its dedupe key was already there.</returns>
    Task<bool> EnqueueAsync(DbConnection connection, DbTransaction transaction, FilingRequest request, CancellationToken cancellationToken);

    /// <summary>Wakes the local worker after the enqueuing transaction committed (other replicas poll).</summary>
    void NotifyCommitted();
}
