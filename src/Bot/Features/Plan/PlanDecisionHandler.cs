using SkoleUtvikling.Bot.Features.Leaders;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>
/// «Publiser» and «Avbryt» on the preview card (Action.Submit: a message with a value). Only a coordinator
/// may decide (imports are coordinator-only, so that includes whoever imported it), and only once: the
/// decision is a conditional UPDATE on a preview still undecided, so a second press or a replayed
/// activity changes nothing and is told so.
/// </summary>
public sealed class PlanDecisionHandler(PlanPublisher publisher, LeaderDirectory leaders, Replies replies) : IActivityHandler
{
    public bool CanHandle(Activity activity) =>
        activity.IsType(ActivityTypes.Message) && SubmitData.Verb(activity.Value) is ActionIds.PlanPublish or ActionIds.PlanDiscard;

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!leaders.IsCoordinator(activity))
        {
            await replies.ReplyTextAsync(activity, PlanTexts.OnlyLeadersPublish, cancellationToken);
            return null;
        }

        var importId = SubmitData.Field(activity.Value, "importId") ?? "";
        var tenantId = activity.TenantId ?? "";
        var reply = SubmitData.Verb(activity.Value) == ActionIds.PlanPublish
            ? await publisher.PublishAsync(tenantId, importId, cancellationToken)
            : await publisher.DiscardAsync(tenantId, importId, cancellationToken);
        await replies.ReplyTextAsync(activity, reply, cancellationToken);
        return null;
    }
}
