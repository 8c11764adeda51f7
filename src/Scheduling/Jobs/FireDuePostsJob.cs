using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Quartz;
using SkoleUtvikling.Scheduling.Jobs.Quartz;

namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>
/// Fires every post of one scope planned for one instant as one Quartz job: reads the markers still
/// there for that instant (one query), dispatches the posts with bounded parallelism, and removes the
/// markers of those that went, a chunk per Quartz transaction, behind the dispatches.
/// </summary>
/// <remarks>
/// <para>
/// Why one job: with a trigger per post, 10,000 posts due on a Monday at 08:00 went through Quartz's
/// trigger acquisition, firing and completion one by one (≈1.7 ms of store transactions each on
/// SQLite, p99 lag ≈20 s in the firing-lag benchmark). Removing a marker still costs a few statements
/// in Quartz's store, so the removal runs beside the dispatches instead of holding them up.
/// </para>
/// <para>
/// Restart-safe: the job requests recovery, so a crash mid-batch runs it again, and it finds only the
/// markers still there: the posts not yet queued, and those queued in the moment before the crash
/// whose markers were not yet removed, which the dispatcher's outbox dedupe turns into nothing.
/// </para>
/// <para>
/// A post that fails keeps its marker; after the batch the job throws, and its trigger's retry policy
/// runs it again for what is left (reported as missed once past the grace period). A post the plan
/// adds at this instant while the batch runs is found by the next pass over the markers, or, if the
/// sync comes after the last pass, by the run the sync's replaced trigger starts. A post removed
/// meanwhile loses its marker and is not dispatched, unless it was already under way.
/// </para>
/// <para>
/// <c>[DisallowConcurrentExecution]</c> (per instant): the run a sync's replaced trigger starts waits
/// for the running one instead of dispatching its posts in flight a second time. With one trigger per
/// instant rather than per post, the lock this costs each PostgreSQL firing round is no longer felt.
/// </para>
/// </remarks>
[DisallowConcurrentExecution]
public sealed class FireDuePostsJob(PostFiring firing, PostSchedulingSettings settings, ILogger<FireDuePostsJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var scope = PostJobMapping.ScopeOfDueJob(context.JobDetail.Key);
        var fireAt = PostJobMapping.ReadFireAt(context.JobDetail);
        var went = Channel.CreateUnbounded<TriggerKey>(new UnboundedChannelOptions { SingleReader = true });
        var removal = RemoveMarkersAsync(context.Scheduler, went.Reader);
        var tried = new HashSet<string>(StringComparer.Ordinal);
        var failed = 0;
        try
        {
            List<TriggerKey> due;
            while ((due = await DueMarkersAsync(context.Scheduler, scope, fireAt, tried, cancellationToken)).Count > 0)
            {
                tried.UnionWith(due.Select(marker => marker.Name));
                var options = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrency, CancellationToken = cancellationToken };
                await Parallel.ForEachAsync(due, options, async (marker, token) =>
                {
                    try
                    {
                        await firing.FireAsync(marker.Name, fireAt, context.RetryAttempt, context.Recovering, token);
                        went.Writer.TryWrite(marker);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // Logged by PostFiring; the marker stays for the retry.
                        Interlocked.Increment(ref failed);
                    }
                });
            }
        }
        finally
        {
            // Also when a shutdown cut the batch short: the markers of the posts that went are removed.
            went.Writer.TryComplete();
            await removal;
        }

        SchedulingLog.DueFired(logger, scope, fireAt, tried.Count - failed, failed, context.RetryAttempt, context.Recovering);
        if (failed > 0)
        {
            throw new JobExecutionException($"{failed} of the posts due at {fireAt:o} in {scope} were not dispatched; the batch is retried for them.");
        }
    }

    /// <summary>The markers of this instant not yet tried in this run, in key order.</summary>
    private static async Task<List<TriggerKey>> DueMarkersAsync(IScheduler scheduler, string scope, DateTimeOffset fireAt, HashSet<string> tried, CancellationToken cancellationToken)
    {
        var markers = await scheduler.QueryTriggers(
            new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(PostJobMapping.Group(scope)), Take = PagedQuery.All },
            cancellationToken);
        return [.. markers.Items
            .Where(marker => marker.StartTimeUtc == fireAt && !tried.Contains(marker.Key.Name))
            .Select(marker => marker.Key)
            .OrderBy(key => key.Name, StringComparer.Ordinal)];
    }

    /// <summary>Removes the markers of the posts that went, as many per transaction as have gone meanwhile (at most a chunk).</summary>
    private async Task RemoveMarkersAsync(IScheduler scheduler, ChannelReader<TriggerKey> went)
    {
        var chunk = new List<TriggerKey>(settings.FiringChunkSize);
        while (await went.WaitToReadAsync(CancellationToken.None))
        {
            while (chunk.Count < settings.FiringChunkSize && went.TryRead(out var marker))
            {
                chunk.Add(marker);
            }

            await scheduler.UnscheduleJobs([.. chunk], CancellationToken.None);
            chunk.Clear();
        }
    }
}
