using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkoleUtvikling.Bot.Protocol;

/// <summary>An entry of <c>activity.entities</c>: a mention, clientInfo, or anything else (kept as-is).</summary>
public sealed class Entity
{
    public string Type { get; set; } = "";
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
