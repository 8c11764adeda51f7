using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Forms;
using SkoleUtvikling.Cards.Saker;

namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>
/// Saker clicks that arrive as plain Action.Submit messages (clients without dialogs or Universal
/// Actions). «Meld inn sak» on the channel post puts the form in the person's 1:1 chat; other answers
/// replace the card that was clicked (PUT) in a 1:1 chat, so it shows the form with its errors, the
/// receipt or the leader's list as it is now.
/// </summary>
public sealed class SakerSubmitHandler(SakerActions actions, Replies replies) : IActivityHandler
{
    public bool CanHandle(Activity activity) =>
        activity.IsType(ActivityTypes.Message) && SakerActions.IsSakerVerb(SubmitData.Verb(activity.Value));

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reply = await actions.RunAsync(activity, FormCardSurface.Inline, SakerReceiptDelivery.ReplaceSubmittedCard, cancellationToken);
        var key = $"saker:{activity.TenantId}:{activity.Conversation?.Id}:{activity.Id}";
        var opening = SubmitData.Verb(activity.Value) == SakerVerbs.Open;
        switch (reply.Kind)
        {
            case SakerReplyKind.Saved:
                // The receipt replaced the form in the transaction that saved the sak.
                break;
            case SakerReplyKind.Text:
                await replies.ReplyTextAsync(activity, reply.Text ?? "", cancellationToken);
                break;
            case SakerReplyKind.Form or SakerReplyKind.Card when opening || activity.ReplyToId is null:
                await replies.EnqueueAsync([Replies.Privately(activity, OutgoingActivities.Card(reply.Card!), key)], cancellationToken);
                break;
            default:
                await replies.EnqueueAsync([Replies.Replacing(activity, OutgoingActivities.Card(reply.Card!), key)], cancellationToken);
                break;
        }

        return null;
    }
}
