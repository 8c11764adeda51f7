using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkoleUtvikling.Bot.Protocol.Outbound;

/// <summary>The body of <c>POST v3/conversations</c>, in the two shapes Teams accepts (protocol.md §2).</summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public TeamsChannelData? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>Open (or get back) the 1:1 between the bot and one user; the answer's id is <c>a:…</c>.</summary>
    /// <param name="botId">The bot's id in Teams, <c>28:&lt;appId&gt;</c>.</param>
    /// <param name="userId">The user's <c>29:…</c> id (an Entra object id here gives 400).</param>
    public static ConversationParameters PersonalChat(string botId, string userId, string tenantId) => new()
    {
        IsGroup = false,
        Bot = new ChannelAccount { Id = botId },
        Members = [new ChannelAccount { Id = userId }],
        TenantId = tenantId,
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } },
    };

    /// <summary>Start a new thread in a channel with <paramref name="firstMessage"/> as its root post.</summary>
    public static ConversationParameters ChannelThread(string channelId, Activity firstMessage, string? tenantId = null) => new()
    {
        IsGroup = true,
        ChannelData = new TeamsChannelData
        {
            Channel = new ChannelInfo { Id = channelId },
            Tenant = tenantId is null ? null : new TenantInfo { Id = tenantId },
        },
        Activity = firstMessage,
    };
}
