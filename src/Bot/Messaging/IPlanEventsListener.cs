using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Messaging;

/// <summary>
/// Told the events of a tenant's published plan each time its schedule is synchronised (after «Publiser», and
/// at start). A feature that schedules posts of its own from the plan (e.g. booking flexible meetings) listens;
/// the plan knows no listener. Must be idempotent: the same events may come any number of times.
/// </summary>
public interface IPlanEventsListener
{
    Task PlanEventsAsync(string tenantId, IReadOnlyList<PlanEvent> events, CancellationToken cancellationToken);
}
