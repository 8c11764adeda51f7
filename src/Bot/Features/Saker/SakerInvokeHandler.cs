using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Forms;
using SkoleUtvikling.Cards.Saker;

namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>
/// Saker clicks that arrive as invokes: the dialog from the call post (<c>task/fetch</c> opens it,
/// <c>task/submit</c> sends it) and Universal Actions (<c>adaptiveCard/action</c>: «Endre saken», the
/// receipt's refresh, the leader's buttons). A card answer to a click from a channel goes to the
/// person's 1:1 chat; the channel only hears where it went.
/// </summary>
public sealed class SakerInvokeHandler(SakerActions actions, Replies replies) : IActivityHandler
{
    private const string TaskFetch = "task/fetch";
    private const string TaskSubmit = "task/submit";
    private const string AdaptiveCardAction = "adaptiveCard/action";

    public bool CanHandle(Activity activity) =>
        activity.IsType(ActivityTypes.Invoke)
        && activity.Name is TaskFetch or TaskSubmit or AdaptiveCardAction
        && SakerActions.IsSakerVerb(SubmitData.Verb(activity.Value));

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var personal = activity.Conversation?.ConversationType == ConversationTypes.Personal;
        if (activity.Name == AdaptiveCardAction)
        {
            var reply = await actions.RunAsync(activity, FormCardSurface.Inline,
                personal ? SakerReceiptDelivery.ReplaceSubmittedCard : SakerReceiptDelivery.SendPrivately, cancellationToken);
            if (reply.Card is not { } card)
            {
                return InvokeResponses.Message(reply.Text ?? "");
            }

            if (personal)
            {
                return InvokeResponses.Card(card);
            }

            if (reply.Kind != SakerReplyKind.Saved)
            {
                await SendPrivatelyAsync(activity, card, cancellationToken);
            }

            return InvokeResponses.Message(reply.Kind == SakerReplyKind.Saved ? reply.Text ?? "" : SakerTexts.SentPrivately);
        }

        var dialogReply = await actions.RunAsync(activity, FormCardSurface.Dialog, SakerReceiptDelivery.SendPrivately, cancellationToken);
        switch (dialogReply.Kind)
        {
            case SakerReplyKind.Form:
                return InvokeResponses.DialogCard(SakerCardTexts.DialogTitle, dialogReply.Card!);
            case SakerReplyKind.Card when !personal:
                await SendPrivatelyAsync(activity, dialogReply.Card!, cancellationToken);
                return InvokeResponses.DialogMessage(SakerTexts.SentPrivately);
            case SakerReplyKind.Card:
                return InvokeResponses.DialogCard(SakerCardTexts.DialogTitle, dialogReply.Card!);
            default:
                // Saved: the receipt went to the 1:1 chat; the dialog closes with a line.
                return InvokeResponses.DialogMessage(dialogReply.Text ?? "");
        }
    }

    private Task SendPrivatelyAsync(Activity activity, JsonObject card, CancellationToken cancellationToken) =>
        replies.EnqueueAsync([Replies.Privately(activity, OutgoingActivities.Card(card), $"private:{activity.TenantId}:{activity.Conversation?.Id}:{activity.Id}:saker")], cancellationToken);
}
