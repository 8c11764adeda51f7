using Dapper;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>
/// A nettverksgruppe registered after a flexible meeting's lesebestilling went out (issue 15) still gets the post and
/// its own round, while the meeting's window has not ended: the post is dispatched again. Everything it posted and
/// opened before is found again by its keys (the outbox's dedupe keys, the rounds' ids), so only the new group's copy
/// and round are new.
/// </summary>
public sealed class PlanLateGroupPosts(PlanStore store, PlanPostDispatcher dispatcher, Database database, TimeProvider time) : IUnitListener
{
    private const string SentSql = "SELECT COUNT(*) FROM outbox WHERE dedupe_key = @Key";

    public async Task UnitRegisteredAsync(RegisteredUnit unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Kind != UnitKinds.Nettverksgruppe)
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var planEvent in await store.ActiveEventsAsync(unit.TenantId, cancellationToken))
        {
            if (planEvent.Window is not { } window || planEvent.Lesebestilling is null || now >= MeetingDue.Of(window, null))
            {
                continue;
            }

            var postKey = $"{unit.TenantId}|{planEvent.Key}/{PlannedPost.KindSlug(PostKind.Lesebestilling)}";
            await using (var c = await database.OpenAsync(cancellationToken))
            {
                if (await c.ExecuteScalarAsync<long>(new CommandDefinition(SentSql, new { Key = $"post:{postKey}" }, cancellationToken: cancellationToken)) == 0)
                {
                    continue;
                }
            }

            await dispatcher.DispatchAsync(postKey, now, late: false, cancellationToken);
        }
    }
}
