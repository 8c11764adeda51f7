using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// Reflection clicks that arrive as invokes: the dialog from a channel (<c>task/fetch</c> opens it,
/// <c>task/submit</c> sends it) and Universal Actions in a chat (<c>adaptiveCard/action</c>, also the
/// receipt's <c>refresh</c>). The answer goes back in the invoke response; nothing waits on Teams.
/// Notes never leave 1:1 chats: a card answer (a receipt, a form with typed answers, a round's notes)
/// to a click from any other conversation goes to the person's 1:1 chat, and the click is answered
/// with a line saying so; only the person's own dialog shows the form.
/// </summary>
public sealed class ReflectionInvokeHandler(ReflectionActions actions, Replies replies) : IActivityHandler
{
    private const string TaskFetch = "task/fetch";
    private const string TaskSubmit = "task/submit";
    private const string AdaptiveCardAction = "adaptiveCard/action";

    public bool CanHandle(Activity activity) =>
        activity.IsType(ActivityTypes.Invoke)
        && activity.Name is TaskFetch or TaskSubmit or AdaptiveCardAction
        && ReflectionActions.IsReflectionVerb(SubmitData.Verb(activity.Value));

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var personal = activity.Conversation?.ConversationType == ConversationTypes.Personal;
        if (activity.Name == AdaptiveCardAction)
        {
            var reply = await actions.RunAsync(activity, ReflectionFormSurface.Inline, personal ? ReceiptDelivery.ReplaceSubmittedCard : ReceiptDelivery.SendPrivately, cancellationToken);
            if (reply.Card is not { } card)
            {
                return InvokeResponses.Message(reply.Text ?? "");
            }

            if (personal)
            {
                return InvokeResponses.Card(card);
            }

            // A saved note's receipt is already queued for the 1:1 chat with the note.
            if (reply.Kind != ReflectionReplyKind.Saved)
            {
                await SendPrivatelyAsync(activity, card, cancellationToken);
            }

            return InvokeResponses.Message(reply.Kind == ReflectionReplyKind.Saved ? reply.Text ?? "" : ReflectionTexts.SentPrivately);
        }

        var dialogReply = await actions.RunAsync(activity, ReflectionFormSurface.Dialog, ReceiptDelivery.SendPrivately, cancellationToken);
        switch (dialogReply.Kind)
        {
            case ReflectionReplyKind.Form or ReflectionReplyKind.Invalid:
                return InvokeResponses.DialogCard(ReflectionCardTexts.DialogTitle, dialogReply.Card!);
            case ReflectionReplyKind.Saved or ReflectionReplyKind.Text:
                // The receipt card (with its edit button) went to the 1:1 chat; the dialog closes with a line.
                return InvokeResponses.DialogMessage(dialogReply.Text ?? "");
            default:
                if (dialogReply.Card is not { } shown)
                {
                    return InvokeResponses.DialogMessage(dialogReply.Text ?? "");
                }

                if (personal)
                {
                    return InvokeResponses.DialogCard(ReflectionCardTexts.DialogTitle, shown);
                }

                await SendPrivatelyAsync(activity, shown, cancellationToken);
                return InvokeResponses.DialogMessage(ReflectionTexts.SentPrivately);
        }
    }

    private Task SendPrivatelyAsync(Activity activity, System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken) =>
        replies.EnqueueAsync([Replies.Privately(activity, OutgoingActivities.Card(card), $"private:{activity.TenantId}:{activity.Conversation?.Id}:{activity.Id}:invoke")], cancellationToken);
}
