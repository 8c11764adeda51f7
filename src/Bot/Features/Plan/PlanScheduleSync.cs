using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>
/// Derives the posts of a tenant's published plan (pure <see cref="PostPlanner"/>) and makes Quartz hold
/// exactly those. Safe to run any number of times: the same plan gives the same job keys.
/// </summary>
public sealed class PlanScheduleSync(
    PlanStore store, PostPlanner planner, IPostScheduler scheduler, IEnumerable<Messaging.IPlanEventsListener> listeners, TimeProvider time, ILogger<PlanScheduleSync> logger)
{
    public async Task<(IReadOnlyList<PlanEvent> Events, PostPlan Plan, PostSyncResult Result)> SyncAsync(string tenantId, CancellationToken cancellationToken)
    {
        var events = await store.ActiveEventsAsync(tenantId, cancellationToken);
        var plan = planner.Plan(events, time.GetUtcNow());
        var desired = plan.Posts.Select(p => new ScheduledPost(PlanPostKeys.For(tenantId, p), p.FireAt)).ToList();
        var result = await scheduler.SyncAsync(tenantId, desired, cancellationToken);
        PlanLog.Synced(logger, tenantId, result.Added, result.Rescheduled, result.Removed, result.Unchanged);
        foreach (var listener in listeners)
        {
            await listener.PlanEventsAsync(tenantId, events, cancellationToken);
        }

        return (events, plan, result);
    }
}
