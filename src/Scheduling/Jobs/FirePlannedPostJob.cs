using Microsoft.Extensions.Logging;
using Quartz;

namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>
/// The one Quartz job: when a planned post's trigger fires, hand it to the Bot or, past the grace
/// period, report it as missed. It decides nothing about content; the plan did that.
/// </summary>
/// <remarks>
/// <para>
/// Exactly-once posting is the dispatcher's outbox dedupe, not this job: the job requests recovery, so
/// a firing cut off by a crash is re-run and may dispatch a second time. Any exception leaves the
/// trigger to its retry policy (<see cref="PostJobMapping.DispatchRetry"/>); a retry past the grace
/// period reports instead.
/// </para>
/// <para>
/// Deliberately not <c>[DisallowConcurrentExecution]</c>: each post is its own job with one trigger,
/// so there is nothing to run beside it, and the attribute makes every PostgreSQL firing round take
/// the cluster-wide lock, which halved throughput in the firing-lag benchmark (≈60 vs ≈120 posts/s
/// on a loaded 2-core machine). The rare overlap it could prevent (a sync moving a post while it
/// fires) is what the outbox dedupe is for.
/// </para>
/// </remarks>
public sealed class FirePlannedPostJob(
    IPostDispatcher dispatcher,
    IMisfireReporter misfireReporter,
    FiringWindow window,
    TimeProvider time,
    ILogger<FirePlannedPostJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var postKey = context.JobDetail.Key.Name;
        var scheduledUtc = PostJobMapping.ReadFireAt(context.JobDetail);
        var now = time.GetUtcNow();
        var verdict = window.Judge(scheduledUtc, now);
        try
        {
            if (verdict == FiringVerdict.Missed)
            {
                await misfireReporter.ReportMissedAsync(postKey, scheduledUtc, now, cancellationToken);
                SchedulingLog.PostMissed(logger, postKey, scheduledUtc, now - scheduledUtc);
                return;
            }

            await dispatcher.DispatchAsync(postKey, scheduledUtc, verdict == FiringVerdict.Late, cancellationToken);
            SchedulingLog.PostDispatched(logger, postKey, verdict, now - scheduledUtc, context.RetryAttempt, context.Recovering);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SchedulingLog.FiringFailed(logger, ex, postKey, verdict, context.RetryAttempt);
            throw;
        }
    }
}
