using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Status;

namespace SkoleUtvikling.Bot.Features.Status;

/// <summary>
/// Clicks on the status card (Action.Submit): «Purr», «Send på nytt», «Oppdater». The answer replaces the
/// clicked card in the 1:1 chat; from anywhere else it goes to the leader's 1:1 chat instead. «Rapport
/// (Excel)» answers with the report's file consent card in the same 1:1 chat (refused anywhere else).
/// </summary>
public sealed class StatusSubmitHandler(StatusService status, Replies replies) : IActivityHandler
{
    public bool CanHandle(Activity activity) =>
        activity.IsType(ActivityTypes.Message) && SubmitData.Verb(activity.Value)?.StartsWith(StatusVerbs.Prefix, StringComparison.Ordinal) == true;

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (SubmitData.Verb(activity.Value) == StatusVerbs.Report)
        {
            var (offer, refused) = await status.ReportAsync(activity, cancellationToken);
            if (offer is null)
            {
                await replies.ReplyTextAsync(activity, refused ?? "", cancellationToken);
            }
            else
            {
                await replies.ReplyAsync(activity, offer, "status-report-consent", cancellationToken);
            }

            return null;
        }

        var (card, refusal) = await status.ActAsync(activity, cancellationToken);
        if (card is null)
        {
            await replies.ReplyTextAsync(activity, refusal ?? "", cancellationToken);
            return null;
        }

        var key = $"status:{activity.TenantId}:{activity.Conversation?.Id}:{activity.Id}";
        var message = activity.ReplyToId is null || activity.Conversation?.ConversationType != ConversationTypes.Personal
            ? Replies.Privately(activity, OutgoingActivities.Card(card), key)
            : Replies.Replacing(activity, OutgoingActivities.Card(card), key);
        await replies.EnqueueAsync([message], cancellationToken);
        return null;
    }
}
