using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// Reflection clicks that arrive as plain Action.Submit messages: clients without Universal Actions or
/// dialogs. «Skriv refleksjonsnotat» then puts the form in the person's 1:1 chat; other answers replace
/// the card that was clicked (PUT), so the chat shows the form with its errors, or the receipt.
/// </summary>
public sealed class ReflectionSubmitHandler(ReflectionActions actions, Replies replies) : IActivityHandler
{
    public bool CanHandle(Activity activity) =>
        activity.IsType(ActivityTypes.Message) && ReflectionActions.IsReflectionVerb(SubmitData.Verb(activity.Value));

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var reply = await actions.RunAsync(activity, ReflectionFormSurface.Inline, ReceiptDelivery.ReplaceSubmittedCard, cancellationToken);
        var key = $"reflection:{activity.TenantId}:{activity.Conversation?.Id}:{activity.Id}";
        var opening = SubmitData.Verb(activity.Value) == ActionIds.ReflectionOpen;
        switch (reply.Kind)
        {
            case ReflectionReplyKind.Saved:
                // The receipt replaced the form in the same transaction that saved the note.
                break;
            case ReflectionReplyKind.Text:
                await replies.ReplyTextAsync(activity, reply.Text ?? "", cancellationToken);
                break;
            case ReflectionReplyKind.Form or ReflectionReplyKind.Card when opening || activity.ReplyToId is null:
                await replies.EnqueueAsync([Replies.Privately(activity, OutgoingActivities.Card(reply.Card!), key)], cancellationToken);
                break;
            default:
                await replies.EnqueueAsync([Replies.Replacing(activity, OutgoingActivities.Card(reply.Card!), key)], cancellationToken);
                break;
        }

        return null;
    }
}
