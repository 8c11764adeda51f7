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
        await outbox.EnqueueAsync(message, cancellationToken);
        outbox.NotifyCommitted();
    }

    /// <summary>
    /// The outbox row that puts <paramref name="message"/> in the sender's 1:1 chat: sent there directly
    /// when <paramref name="incoming"/> came from it, else the 1:1 is opened (or reused) first.
    /// </summary>
    public static OutboxMessage Privately(Activity incoming, Activity message, string dedupeKey)
    {
        var conversation = incoming.Conversation ?? throw new ArgumentException("Activity has no conversation.", nameof(incoming));
        var user = incoming.From ?? throw new ArgumentException("Activity has no sender.", nameof(incoming));
        var tenantId = incoming.TenantId ?? "";
        message.From = incoming.Recipient;
        message.Recipient = user;
        message.ChannelId ??= incoming.ChannelId;
        if (conversation.ConversationType == ConversationTypes.Personal)
        {
            message.Conversation = conversation;
            return new OutboxMessage(dedupeKey, tenantId, incoming.ServiceUrl ?? "", conversation.Id, OutboxOperation.Send, message);
        }

        return new OutboxMessage(dedupeKey, tenantId, incoming.ServiceUrl ?? "", user.Id, OutboxOperation.CreatePersonal, message);
    }

    /// <summary>
    /// The outbox row that replaces the card <paramref name="incoming"/> was a submit from (PUT on its
    /// replyToId), in a 1:1 chat only. From any other conversation the replacement goes to the sender's
    /// 1:1 chat instead: <c>replyToId</c> is the client's claim, and a channel message is never
    /// overwritten with a personal card, whatever it points at.
    /// </summary>
    public static OutboxMessage Replacing(Activity incoming, Activity replacement, string dedupeKey)
    {
        var conversation = incoming.Conversation ?? throw new ArgumentException("Activity has no conversation.", nameof(incoming));
        if (conversation.ConversationType != ConversationTypes.Personal)
        {
            return Privately(incoming, replacement, dedupeKey);
        }

        var target = incoming.ReplyToId ?? throw new ArgumentException("A card submit carries the card's id in replyToId.", nameof(incoming));
        replacement.From = incoming.Recipient;
        replacement.Conversation = conversation;
        replacement.ChannelId ??= incoming.ChannelId;
        return new OutboxMessage(dedupeKey, incoming.TenantId ?? "", incoming.ServiceUrl ?? "", conversation.Id, OutboxOperation.Update, replacement, target);
    }

    /// <summary>Enqueues rows in one transaction and wakes the worker.</summary>
    public async Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        await database.InTransactionAsync(async (c, t) =>
        {
            foreach (var message in messages)
            {
                await outbox.EnqueueAsync(c, t, message, cancellationToken);
            }
        }, cancellationToken);
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
        // The tenant is part of the key: two tenants never share a dedupe key, even with equal ids.
        var key = $"reply:{incoming.TenantId}:{conversation.Id}:{incoming.Id ?? Guid.NewGuid().ToString("N")}:{part}";
        var operation = incoming.Id is null ? OutboxOperation.Send : OutboxOperation.Reply;
        return new OutboxMessage(key, incoming.TenantId ?? "", incoming.ServiceUrl ?? "", conversation.Id, operation, reply, incoming.Id);
    }
}
