using Microsoft.Extensions.Logging;
using Quartz;

namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>
/// <see cref="IPostScheduler"/> on Quartz: reads what the scope's group holds (three round trips,
/// whatever its size), lets <see cref="PostSyncPlan"/> decide, and writes the difference in two bulk
/// calls. Jobs, not triggers, are the record: a fired post keeps its durable job and loses its trigger.
/// </summary>
/// <remarks>
/// Each write is one Quartz store operation under its lock. Two replicas syncing the same scope at the
/// same moment converge on the plan that was synced last; imports run on one replica at a time anyway.
/// </remarks>
public sealed class QuartzPostScheduler(ISchedulerFactory schedulers, FiringWindow window, TimeProvider time, ILogger<QuartzPostScheduler> logger) : IPostScheduler
{
    public async Task<PostSyncResult> SyncAsync(string scope, IReadOnlyCollection<ScheduledPost> desired, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desired);
        PostJobMapping.ValidateScope(scope);
        foreach (var post in desired)
        {
            PostJobMapping.ValidatePostKey(post.PostKey);
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var stored = await ReadStoredAsync(scheduler, scope, cancellationToken);
        var plan = PostSyncPlan.Compute(stored, desired, time.GetUtcNow(), window);

        if (plan.ToRemove.Count > 0)
        {
            await scheduler.DeleteJobs([.. plan.ToRemove.Select(key => PostJobMapping.JobKey(scope, key))], cancellationToken);
        }

        var toWrite = plan.ToAdd.Concat(plan.ToReschedule).ToList();
        if (toWrite.Count > 0)
        {
            var jobs = toWrite.ToDictionary(
                post => PostJobMapping.BuildJob(scope, post),
                IReadOnlyCollection<ITrigger> (post) => [PostJobMapping.BuildTrigger(scope, post, time)]);
            await scheduler.ScheduleJobs(jobs, new ScheduleJobOptions { Replace = true }, cancellationToken);
        }

        var result = new PostSyncResult(plan.ToAdd.Count, plan.ToReschedule.Count, plan.ToRemove.Count, plan.Unchanged, plan.TooLate);
        SchedulingLog.Synced(logger, scope, result.Added, result.Rescheduled, result.Removed, result.Unchanged, result.TooLate.Count);
        return result;
    }

    private static async Task<List<StoredPost>> ReadStoredAsync(IScheduler scheduler, string scope, CancellationToken cancellationToken)
    {
        var group = PostJobMapping.Group(scope);
        var jobs = await scheduler.QueryJobs(new JobQuery { Group = GroupMatcher<JobKey>.GroupEquals(group), Take = PagedQuery.All }, cancellationToken);
        if (jobs.Items.Count == 0)
        {
            return [];
        }

        var details = await scheduler.GetJobDetails([.. jobs.Items.Select(job => job.Key)], cancellationToken);
        var triggers = await scheduler.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(group), Take = PagedQuery.All }, cancellationToken);
        var pending = triggers.Items.Select(trigger => trigger.JobKey.Name).ToHashSet(StringComparer.Ordinal);
        return [.. details.Select(job => new StoredPost(job.Key.Name, PostJobMapping.ReadFireAt(job), pending.Contains(job.Key.Name)))];
    }
}
