using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Mellomarbeid;

namespace SkoleUtvikling.Bot.Features.Mellomarbeid;

/// <summary>
/// Mellomarbeid clicks, as plain Action.Submit messages or as <c>adaptiveCard/action</c> invokes. A card
/// answer always goes to the person's 1:1 chat (in a 1:1 invoke it replaces the clicked card); a
/// channel only hears where it went.
/// </summary>
public sealed class MellomarbeidSubmitHandler(MellomarbeidService service, MellomarbeidEvaluations evaluations, Replies replies) : IActivityHandler
{
    private const string AdaptiveCardAction = "adaptiveCard/action";

    public bool CanHandle(Activity activity) =>
        (activity.IsType(ActivityTypes.Message) || (activity.IsType(ActivityTypes.Invoke) && activity.Name == AdaptiveCardAction))
        && MellomarbeidVerbs.IsMellomarbeidVerb(SubmitData.Verb(activity.Value));

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var verb = SubmitData.Verb(activity.Value) ?? "";
        var reply = verb == MellomarbeidVerbs.OpenFeedback
            ? await service.OpenFeedbackAsync(activity, SubmitData.Field(activity.Value, MellomarbeidVerbs.RoundId), cancellationToken)
            : verb.StartsWith(MellomarbeidVerbs.EvaluationPrefix + ".", StringComparison.Ordinal)
                ? await evaluations.SaveAsync(activity, cancellationToken)
            : verb.StartsWith(MellomarbeidVerbs.AgreementPrefix + ".", StringComparison.Ordinal)
                ? await service.SendAgreementAsync(activity, cancellationToken)
                : verb.StartsWith(MellomarbeidVerbs.FeedbackPrefix + ".", StringComparison.Ordinal)
                    ? await service.SaveFeedbackAsync(activity, cancellationToken)
                    : MellomarbeidReply.Of(MellomarbeidTexts.NotFound);
        if (!activity.IsType(ActivityTypes.Invoke))
        {
            await AnswerAsync(replies, activity, reply, "mellomarbeid", cancellationToken);
            return null;
        }

        var personal = activity.Conversation?.ConversationType == ConversationTypes.Personal;
        if (reply.Card is not { } card)
        {
            return InvokeResponses.Message(reply.Text ?? "");
        }

        if (personal)
        {
            return InvokeResponses.Card(card);
        }

        await AnswerAsync(replies, activity, reply, "mellomarbeid", cancellationToken);
        return InvokeResponses.Message(MellomarbeidTexts.SentPrivately);
    }

    /// <summary>A text where the person wrote; a card in their 1:1 chat (with a line in the channel when they wrote there).</summary>
    public static async Task AnswerAsync(Replies replies, Activity activity, MellomarbeidReply reply, string part, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Card is not { } card)
        {
            await replies.ReplyTextAsync(activity, reply.Text ?? "", cancellationToken);
            return;
        }

        var key = $"private:{activity.TenantId}:{activity.Conversation?.Id}:{activity.Id}:{part}";
        await replies.EnqueueAsync([Replies.Privately(activity, OutgoingActivities.Card(card), key)], cancellationToken);
        if (activity.Conversation?.ConversationType != ConversationTypes.Personal && activity.IsType(ActivityTypes.Message))
        {
            await replies.ReplyTextAsync(activity, MellomarbeidTexts.SentPrivately, cancellationToken);
        }
    }
}
