using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Cards.Plan;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>The plan post that opened a round (its dedupe key names the post), rebuilt with the round's current sections.</summary>
public sealed class PlanRoundPost(PlanStore store) : IRoundPostRenderer
{
    private const string PostPrefix = "post:";

    public async Task<JsonObject?> RenderAsync(RoundRecord round, IReadOnlyList<JsonNode> sections, CancellationToken cancellationToken)
    {
        // A copy of a post (a nettverksgruppe's, with its own round) is rendered as the post it copies.
        var postKey = MeetingPost.OriginalDedupeKey(round.PostDedupeKey);
        if (!postKey.StartsWith(PostPrefix, StringComparison.Ordinal)
            || !PlanPostKeys.TryParse(postKey[PostPrefix.Length..], out _, out _, out var kind))
        {
            return null;
        }

        var planEvent = await store.EventAsync(round.TenantId, RoundScope.Split(round.Round.PlanEventKey).Subject, cancellationToken);
        return planEvent is null
            ? null
            : MeetingPostCard.Build(PlanViews.Post(planEvent, kind) with { Sections = sections });
    }
}
