using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Cards.Plan;
using SkoleUtvikling.Cards.Reflection;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>The lesebestilling post of a round's plan event, rebuilt with the round's current count.</summary>
public sealed class PlanRoundPost(PlanStore store) : IRoundPostRenderer
{
    public async Task<JsonObject?> RenderAsync(RoundRecord round, ReflectionCountModel count, CancellationToken cancellationToken)
    {
        var planEvent = await store.EventAsync(round.TenantId, round.Round.PlanEventKey, cancellationToken);
        return planEvent is null
            ? null
            : MeetingPostCard.Build(PlanViews.Post(planEvent, PostKind.Lesebestilling) with { Reflection = count });
    }
}
