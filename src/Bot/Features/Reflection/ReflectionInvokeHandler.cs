using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// Reflection clicks that arrive as invokes: the dialog from a channel (<c>task/fetch</c> opens it,
/// <c>task/submit</c> sends it) and Universal Actions in a chat (<c>adaptiveCard/action</c>, also the
/// receipt's <c>refresh</c>). The answer goes back in the invoke response; nothing waits on Teams.
/// </summary>
public sealed class ReflectionInvokeHandler(ReflectionActions actions) : IActivityHandler
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
        if (activity.Name == AdaptiveCardAction)
        {
            var reply = await actions.RunAsync(activity, ReflectionFormSurface.Inline, ReceiptDelivery.ReplaceSubmittedCard, cancellationToken);
            return reply.Card is { } card ? InvokeResponses.Card(card) : InvokeResponses.Message(reply.Text ?? "");
        }

        var dialogReply = await actions.RunAsync(activity, ReflectionFormSurface.Dialog, ReceiptDelivery.SendPrivately, cancellationToken);
        return dialogReply.Kind switch
        {
            ReflectionReplyKind.Form or ReflectionReplyKind.Invalid => InvokeResponses.DialogCard(ReflectionTexts.DialogTitle, dialogReply.Card!),
            // The receipt card (with its edit button) went to the 1:1 chat; the dialog closes with a line.
            ReflectionReplyKind.Saved or ReflectionReplyKind.Text => InvokeResponses.DialogMessage(dialogReply.Text ?? ""),
            _ => dialogReply.Card is { } shown ? InvokeResponses.DialogCard(ReflectionTexts.DialogTitle, shown) : InvokeResponses.DialogMessage(dialogReply.Text ?? ""),
        };
    }
}
