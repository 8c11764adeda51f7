using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Cards.Plan;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>The plan post that opened a round (its dedupe key names the post), rebuilt with the round's current sections.</summary>
public sealed class PlanRoundPost(PlanStore store) : IRoundPostRenderer
{
    private const string PostPrefix = "post:";

    public async Task<JsonObject?> RenderAsync(RoundRecord round, IReadOnlyList<JsonNode> sections, CancellationToken cancellationToken)
    {
        if (!round.PostDedupeKey.StartsWith(PostPrefix, StringComparison.Ordinal)
            || !PlanPostKeys.TryParse(round.PostDedupeKey[PostPrefix.Length..], out _, out _, out var kind))
        {
            return null;
        }

        var planEvent = await store.EventAsync(round.TenantId, round.Round.PlanEventKey, cancellationToken);
        return planEvent is null
            ? null
            : MeetingPostCard.Build(PlanViews.Post(planEvent, kind) with { Sections = sections });
    }
}
