using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;

namespace SkoleUtvikling.Bot.Messaging;

/// <summary>
/// Answers the user who wrote. Every answer goes through the outbox; its dedupe key comes from the
/// inbound activity id, so a redelivered activity is answered once.
/// </summary>
public sealed class Replies(Database database, IOutbox outbox)
{
    public Task ReplyTextAsync(Activity incoming, string text, CancellationToken cancellationToken) =>
        ReplyAsync(incoming, OutgoingActivities.Text(text), "text", cancellationToken);

    public Task ReplyCardAsync(Activity incoming, JsonObject card, string part, CancellationToken cancellationToken) =>
        ReplyAsync(incoming, OutgoingActivities.Card(card), part, cancellationToken);

    public async Task ReplyAsync(Activity incoming, Activity reply, string part, CancellationToken cancellationToken)
    {
        var message = ForReply(incoming, reply, part);
        await database.InTransactionAsync((c, t) => outbox.EnqueueAsync(c, t, message, cancellationToken), cancellationToken);
        outbox.NotifyCommitted();
    }

    /// <summary>The outbox row for a reply to <paramref name="incoming"/>, addressed back to its sender.</summary>
    public static OutboxMessage ForReply(Activity incoming, Activity reply, string part)
    {
        var conversation = incoming.Conversation ?? throw new ArgumentException("Activity has no conversation.", nameof(incoming));
        reply.From = incoming.Recipient;
        reply.Recipient = incoming.From;
        reply.Conversation = conversation;
        reply.ReplyToId = incoming.Id;
        reply.ChannelId ??= incoming.ChannelId;
        var key = $"reply:{conversation.Id}:{incoming.Id ?? Guid.NewGuid().ToString("N")}:{part}";
        var operation = incoming.Id is null ? OutboxOperation.Send : OutboxOperation.Reply;
        return new OutboxMessage(key, incoming.TenantId ?? "", incoming.ServiceUrl ?? "", conversation.Id, operation, reply, incoming.Id);
    }
}
