using System.Collections.Concurrent;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// Keeps the count on each round's channel post current without counting inside every submit. A
/// submit marks its round changed once its note is committed; this refresher counts each changed
/// round and queues the post's update, one round at a time. Notes that arrive meanwhile mark the round
/// again and share the next count, and an update not yet started is replaced by the newer one, so a
/// burst of 5,000 notes is a handful of counts and PUTs instead of 5,000 of each: the writer stays free
/// for the notes, and the post stays within Teams' per-conversation limit.
/// At start every round still taking answers is counted once, so a crash between a note's commit and
/// its count leaves no post behind.
/// </summary>
public sealed class ReflectionCountRefresher(Database database, RoundStore store, ReflectionCountUpdates counts, IOutbox outbox,
    TimeProvider time, ILogger<ReflectionCountRefresher> logger) : BackgroundService
{
    /// <summary>How long a count that failed waits before it is tried again.</summary>
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    /// <summary>Rounds that took answers this long ago or later are counted at start.</summary>
    private static readonly TimeSpan StartLookBack = TimeSpan.FromDays(2);

    private readonly ConcurrentDictionary<(string TenantId, string RoundId), bool> _changed = new();
    private readonly Bell _bell = new();

    /// <summary>A note of the round was committed: its post's count is due for a refresh.</summary>
    public void Changed(RoundRecord round)
    {
        _changed[(round.TenantId, round.Id)] = true;
        _bell.Notify();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var round in await store.RoundsTakingAnswersSinceAsync(time.GetUtcNow() - StartLookBack, stoppingToken))
            {
                _changed.TryAdd(round, true);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                foreach (var round in _changed.Keys)
                {
                    if (_changed.TryRemove(round, out _) && !await TryRefreshAsync(round.TenantId, round.RoundId, stoppingToken))
                    {
                        _changed.TryAdd(round, true);
                    }
                }

                await _bell.WaitAsync(_changed.IsEmpty ? Timeout.InfiniteTimeSpan : RetryAfter, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<bool> TryRefreshAsync(string tenantId, string roundId, CancellationToken cancellationToken)
    {
        try
        {
            // The cached round is forgotten whenever its people change (a joiner, an exemption), so its
            // expected count is current; the delivered count is read in the transaction that queues the PUT.
            if (await store.RoundAsync(tenantId, roundId, cancellationToken) is not { } round || !ReflectionNoteForm.Owns(round))
            {
                return true;
            }

            // Nothing delivered: the post as it went out already says so (an exemption queues its own count).
            if (await database.InTransactionAsync(async (c, t) =>
                    await RoundStore.SubmittedCountAsync(c, t, round.Id) is var submitted and > 0
                    && await counts.EnqueueAsync(c, t, round, submitted, cancellationToken), cancellationToken))
            {
                outbox.NotifyCommitted();
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ReflectionLog.CountFailed(logger, roundId, ex);
            return false;
        }
    }

    private sealed class Bell : WorkSignal;
}
