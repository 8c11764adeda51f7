using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkoleUtvikling.Bot.Protocol;

public sealed class ConversationAccount
{
    public string Id { get; set; } = "";
    public string? Name { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public bool? IsGroup { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>
    /// The channel id without a thread suffix: inside a channel thread Teams sends
    /// <c>19:…@thread.tacv2;messageid=123</c>.
    /// </summary>
    [JsonIgnore]
    public string RootId => Id.Split(';', 2)[0];
}

public static class ConversationTypes
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";
}
