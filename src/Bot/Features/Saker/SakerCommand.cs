using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>
/// <c>saker</c>: a meeting leader gets every sak of the newest meeting they lead in their 1:1 chat, with
/// the buttons that set the saksliste; anyone else the titles submitted to their next meeting (titles
/// only, never who).
/// </summary>
public sealed class SakerCommand(SakerLeaderService leaders, SakerRounds rounds, Replies replies) : IMessageCommand
{
    private static readonly string[] Words = ["saker", "saksliste", "sakene"];

    public bool Matches(string text) => Words.Contains(text.Trim().TrimEnd('!', '.').ToLowerInvariant());

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var reply = await leaders.ListAsync(activity, null, cancellationToken);
        if (reply.Card is { } card)
        {
            var personal = activity.Conversation?.ConversationType == ConversationTypes.Personal;
            if (personal)
            {
                await replies.ReplyCardAsync(activity, card, "saker-list", cancellationToken);
                return;
            }

            var key = $"private:{activity.TenantId}:{activity.Conversation?.Id}:{activity.Id}:saker-list";
            await replies.EnqueueAsync([Replies.Privately(activity, OutgoingActivities.Card(card), key)], cancellationToken);
            await replies.ReplyTextAsync(activity, SakerTexts.SentPrivately, cancellationToken);
            return;
        }

        var user = activity.From ?? new ChannelAccount();
        var mine = await rounds.RoundsOfAsync(activity.TenantId ?? "", user.Id, user.EntraObjectId, leadersOnly: false, cancellationToken);
        if (mine.Count == 0)
        {
            await replies.ReplyTextAsync(activity, SakerTexts.NoRounds, cancellationToken);
            return;
        }

        var round = mine[0];
        var titles = SakerViews.Titles(await rounds.SakerAsync(round, cancellationToken));
        await replies.ReplyTextAsync(activity, $"**{round.Meeting}**\n\n{Cards.Saker.SakerCardTexts.Titles(titles)}", cancellationToken);
    }
}
