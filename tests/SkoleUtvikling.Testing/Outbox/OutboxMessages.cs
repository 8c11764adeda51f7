using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage.Outbox;

namespace SkoleUtvikling.Testing.Outbox;

/// <summary>Builders for outbox messages addressed to a fake Connector.</summary>
public static class OutboxMessages
{
    public const string BotId = "28:00000000-0000-0000-0000-00000000b07";

    public static OutboxMessage Send(string serviceUrl, string tenantId, string conversationId, string text, string? key = null) =>
        new(key ?? $"test:{conversationId}:{text}", tenantId, serviceUrl, conversationId, OutboxOperation.Send, Activity(tenantId, conversationId, text));

    public static OutboxMessage Reply(string serviceUrl, string tenantId, string conversationId, string replyToId, string text) =>
        new($"test:{conversationId}:{replyToId}:{text}", tenantId, serviceUrl, conversationId, OutboxOperation.Reply, Activity(tenantId, conversationId, text, replyToId), replyToId);

    public static OutboxMessage Update(string serviceUrl, string tenantId, string conversationId, string activityId, string text) =>
        new($"test:{conversationId}:update:{activityId}:{text}", tenantId, serviceUrl, conversationId, OutboxOperation.Update, Activity(tenantId, conversationId, text), activityId);

    /// <summary>A message to a user the bot may not have a 1:1 with yet.</summary>
    public static OutboxMessage Personal(string serviceUrl, string tenantId, string userId, string text) =>
        new($"test:personal:{userId}:{text}", tenantId, serviceUrl, userId, OutboxOperation.CreatePersonal, Activity(tenantId, null, text));

    private static Activity Activity(string tenantId, string? conversationId, string text, string? replyToId = null)
    {
        var activity = OutgoingActivities.Text(text);
        activity.From = new ChannelAccount { Id = BotId, Name = "SkoleUtvikling" };
        activity.ReplyToId = replyToId;
        activity.Conversation = conversationId is null ? null : new ConversationAccount { Id = conversationId, TenantId = tenantId };
        activity.ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } };
        return activity;
    }
}
