using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// Sends a card to the person who typed a command, always in their 1:1 chat: notes are never shown in a
/// channel. Typed in a channel, the channel only hears that the answer went to the private chat.
/// </summary>
public sealed class PrivateAnswers(Replies replies)
{
    public async Task SendAsync(Activity activity, System.Text.Json.Nodes.JsonObject card, string part, string channelNotice, CancellationToken cancellationToken)
    {
        var isPersonal = activity.Conversation?.ConversationType == ConversationTypes.Personal;
        if (isPersonal)
        {
            await replies.ReplyCardAsync(activity, card, part, cancellationToken);
            return;
        }

        var key = $"private:{activity.TenantId}:{activity.Conversation?.Id}:{activity.Id}:{part}";
        await replies.EnqueueAsync([Replies.Privately(activity, OutgoingActivities.Card(card), key)], cancellationToken);
        await replies.ReplyTextAsync(activity, channelNotice, cancellationToken);
    }
}
