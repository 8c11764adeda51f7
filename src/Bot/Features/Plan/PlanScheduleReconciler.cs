namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>
/// On start, re-derives every published plan's schedule. A crash between committing a publication and
/// scheduling its posts is healed here; when nothing changed, nothing is touched.
/// </summary>
public sealed class PlanScheduleReconciler(PlanStore store, PlanScheduleSync schedule, ILogger<PlanScheduleReconciler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var tenantId in await store.PublishedTenantsAsync(stoppingToken))
        {
            try
            {
                await schedule.SyncAsync(tenantId, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                PlanLog.SyncFailed(logger, tenantId, ex);
            }
        }
    }
}
