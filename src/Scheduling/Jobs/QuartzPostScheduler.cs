using Microsoft.Extensions.Logging;
using Quartz;

namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>
/// <see cref="IPostScheduler"/> on Quartz: reads what the scope's groups hold (four reads,
/// whatever their size), lets <see cref="PostSyncPlan"/> decide, and writes the difference in bulk
/// calls. Jobs, not triggers, are the record: a fired post keeps its durable job and loses its marker
/// trigger. Each instant with posts pending has one due trigger that fires them together
/// (<see cref="FireDuePostsJob"/>).
/// </summary>
/// <remarks>
/// Each write is one Quartz store operation under its lock, the markers and due triggers of one sync
/// in the same one. Two replicas syncing the same scope at the same moment converge on the plan that
/// was synced last; imports run on one replica at a time anyway.
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
        await PauseMarkersAsync(scheduler, scope, cancellationToken);
        var stored = await ReadStoredAsync(scheduler, scope, cancellationToken);
        var heldInstants = await ReadDueInstantsAsync(scheduler, scope, cancellationToken);
        var plan = PostSyncPlan.Compute(stored, desired, time.GetUtcNow(), window);

        if (plan.ToRemove.Count > 0)
        {
            await scheduler.DeleteJobs([.. plan.ToRemove.Select(key => PostJobMapping.JobKey(scope, key))], cancellationToken);
        }

        var jobs = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
        foreach (var post in plan.ToAdd.Concat(plan.ToReschedule))
        {
            jobs.Add(PostJobMapping.BuildJob(scope, post), [PostJobMapping.BuildMarker(scope, post, time)]);
        }

        foreach (var instant in plan.DueTriggersToWrite(heldInstants))
        {
            jobs.Add(PostJobMapping.BuildDueJob(scope, instant), [PostJobMapping.BuildDueTrigger(scope, instant, time)]);
        }

        if (jobs.Count > 0)
        {
            await scheduler.ScheduleJobs(jobs, new ScheduleJobOptions { Replace = true }, cancellationToken);
        }

        var stale = plan.DueTriggersToRemove(heldInstants);
        if (stale.Count > 0)
        {
            await scheduler.UnscheduleJobs([.. stale.Select(instant => PostJobMapping.DueTriggerKey(scope, instant))], cancellationToken);
        }

        var result = new PostSyncResult(plan.ToAdd.Count, plan.ToReschedule.Count, plan.ToRemove.Count, plan.Unchanged, plan.TooLate);
        SchedulingLog.Synced(logger, scope, result.Added, result.Rescheduled, result.Removed, result.Unchanged, result.TooLate.Count);
        return result;
    }

    /// <summary>
    /// Pauses the scope's marker group before any marker is written, so markers never fire by
    /// themselves (a trigger stored into a paused group is stored paused). Also pauses the per-post
    /// triggers of a store written before due jobs existed; this sync then gives their instants due triggers.
    /// </summary>
    private static async Task PauseMarkersAsync(IScheduler scheduler, string scope, CancellationToken cancellationToken) =>
        // Idempotent, and cheap: it only touches triggers of the group still waiting, which are none once paused.
        await scheduler.PauseTriggerGroups(GroupMatcher<TriggerKey>.GroupEquals(PostJobMapping.Group(scope)), cancellationToken);

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

    private static async Task<HashSet<DateTimeOffset>> ReadDueInstantsAsync(IScheduler scheduler, string scope, CancellationToken cancellationToken)
    {
        var triggers = await scheduler.QueryTriggers(
            new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(PostJobMapping.DueGroup(scope)), Take = PagedQuery.All },
            cancellationToken);
        return [.. triggers.Items.Select(trigger => PostJobMapping.InstantOf(trigger.Key)).OfType<DateTimeOffset>()];
    }
}
