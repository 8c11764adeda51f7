using SkoleUtvikling.Bot.Storage.Queue.Limits;

namespace SkoleUtvikling.Bot.Storage.Queue;

/// <summary>
/// A job's turn under its kind's rate limits: waits up to <see cref="QueueSettings.MaxInlineWait"/>
/// holding the job; a longer wait (a paused tenant) or shutdown hands the job back with a due time.
/// </summary>
public sealed class JobGate(RateLimiter limiter, QueueTable table, TimeSpan maxInlineWait, TimeProvider time, ILogger logger, string owner)
{
    public RateLimiter Limiter => limiter;

    /// <returns>A permit (hand it back with <see cref="RateLimiter.Complete"/>), or null when the job was handed back.</returns>
    public async Task<RatePermit?> AcquireAsync(IQueuedJob job, string key, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(job);
        var waited = TimeSpan.Zero;
        while (true)
        {
            var decision = limiter.TryAcquire(job.TenantId, key);
            if (decision.Permit is { } permit)
            {
                return permit;
            }

            if (waited + decision.Wait > maxInlineWait)
            {
                // Rounded up, so the job is not claimed a moment too early only to be handed back again.
                var dueAt = time.GetUtcNow() + decision.Wait + TimeSpan.FromMilliseconds(1);
                await table.ReleaseAsync(job.Id, owner, dueAt.ToUnixTimeMilliseconds());
                QueueLog.Deferred(logger, table.Kind, job.Id, decision.Wait, decision.TenantPaused);
                return null;
            }

            try
            {
                await Task.Delay(decision.Wait, time, stopping);
                waited += decision.Wait;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                await table.ReleaseAsync(job.Id, owner, time.GetUtcNow().ToUnixTimeMilliseconds());
                return null;
            }
        }
    }
}
