using Dapper;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>
/// «Publiser»: applies exactly what the preview showed (new, changed, removed events) in one
/// transaction, then schedules the posts. «Avbryt» discards the preview.
/// </summary>
public sealed class PlanPublisher(Database database, PlanScheduleSync schedule, PlanStore store, TimeProvider time, ILogger<PlanPublisher> logger)
{
    public async Task<string> PublishAsync(string tenantId, string importId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var outcome = await database.InTransactionAsync<Outcome>(async (c, t) =>
        {
            var import = await c.QuerySingleOrDefaultAsync<PlanImportRow>(PlanSql.GetImport, new { ImportId = importId, TenantId = tenantId }, t);
            if (import is null)
            {
                return new Outcome(PlanTexts.ImportNotFound, null, 0);
            }

            if (await c.ExecuteAsync(PlanSql.DecideImport, new { ImportId = importId, TenantId = tenantId, Status = "published", Now = now }, t) == 0)
            {
                return new Outcome(PlanTexts.AlreadyDecided, null, 0);
            }

            var events = PlanJson.DeserializeEvents(import.EventsJson);
            var diff = PlanDiff.Between(await PlanStore.PublishedHashesAsync(c, t, tenantId), events);
            foreach (var e in diff.New.Concat(diff.Changed))
            {
                await c.ExecuteAsync(PlanSql.UpsertEvent, new
                {
                    TenantId = tenantId,
                    EventKey = e.Key,
                    Programme = ProgrammeNames.Slug(e.Programme),
                    FirstDate = e.FirstDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    EventJson = PlanJson.Serialize(e),
                    ContentHash = PlanJson.ContentHash(e),
                    ImportId = importId,
                    Now = now,
                }, t);
            }

            foreach (var key in diff.RemovedKeys)
            {
                await c.ExecuteAsync(PlanSql.RemoveEvent, new { TenantId = tenantId, EventKey = key, ImportId = importId, Now = now }, t);
            }

            // An older preview published after this one would undo it.
            await c.ExecuteAsync("UPDATE plan_imports SET status = 'superseded' WHERE tenant_id = @TenantId AND status = 'preview'", new { TenantId = tenantId }, t);
            await c.ExecuteAsync(PlanSql.UpsertPublication, new { TenantId = tenantId, ImportId = importId, import.ImportedBy, import.ConversationId, import.ServiceUrl, Now = now }, t);
            return new Outcome("", diff, events.Count);
        }, cancellationToken);

        if (outcome.Diff is not { } published)
        {
            return outcome.Reply;
        }

        PlanLog.Published(logger, importId, tenantId, published.New.Count, published.Changed.Count, published.RemovedKeys.Count);
        return await ScheduleAsync(tenantId, outcome.Events, published, cancellationToken);
    }

    public async Task<string> DiscardAsync(string tenantId, string importId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var changed = await database.InTransactionAsync((c, t) =>
            c.ExecuteAsync(PlanSql.DecideImport, new { ImportId = importId, TenantId = tenantId, Status = "discarded", Now = now }, t), cancellationToken);
        return changed == 1 ? PlanTexts.Discarded : PlanTexts.AlreadyDecided;
    }

    private async Task<string> ScheduleAsync(string tenantId, int eventCount, PlanDiff diff, CancellationToken cancellationToken)
    {
        try
        {
            var (events, plan, _) = await schedule.SyncAsync(tenantId, cancellationToken);
            var first = plan.Posts.Count > 0 ? NorwegianDates.Instant(plan.Posts[0].FireAt) : null;
            var reply = PlanTexts.Published(eventCount, diff, plan.Posts.Count, first, plan.Skipped.Count);
            var unlinked = await UnlinkedProgrammesAsync(tenantId, events, cancellationToken);
            return unlinked.Count == 0 ? reply : reply + "\n\n" + PlanTexts.Unlinked(unlinked);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The plan is committed; the reconciler on start schedules it.
            PlanLog.SyncFailed(logger, tenantId, ex);
            return PlanTexts.ScheduleDelayed;
        }
    }

    private async Task<IReadOnlyList<string>> UnlinkedProgrammesAsync(string tenantId, IReadOnlyList<PlanEvent> events, CancellationToken cancellationToken)
    {
        var programmes = events.Select(e => e.Programme).Distinct().Order();
        var unlinked = new List<string>();
        foreach (var programme in programmes.Where(p => p != Programme.Other))
        {
            if (await store.ChannelOfAsync(tenantId, programme, cancellationToken) is null)
            {
                unlinked.Add(ProgrammeNames.Tag(programme));
            }
        }

        return unlinked;
    }

    private sealed record Outcome(string Reply, PlanDiff? Diff, int Events);
}
