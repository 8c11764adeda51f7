using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>A post missed by more than the grace period is not posted late; the coordinator is told instead.</summary>
public sealed class PlanMisfireReporter(PlanStore store, CoordinatorMessages coordinator, ILogger<PlanMisfireReporter> logger) : IMisfireReporter
{
    public async Task ReportMissedAsync(string postKey, DateTimeOffset scheduledFireUtc, DateTimeOffset detectedUtc, CancellationToken cancellationToken)
    {
        if (!PlanPostKeys.TryParse(postKey, out var tenantId, out var eventKey, out _))
        {
            PlanLog.UnknownPostKey(logger, postKey);
            return;
        }

        PlanLog.PostMissed(logger, postKey, scheduledFireUtc);
        var planEvent = await store.EventAsync(tenantId, eventKey, cancellationToken);
        if (planEvent is null)
        {
            return;
        }

        var text = PlanTexts.Missed(ProgrammeNames.Tag(planEvent.Programme), planEvent.Title, NorwegianDates.Instant(scheduledFireUtc));
        await coordinator.TellAsync(tenantId, $"missed:{postKey}", text, cancellationToken);
    }
}
