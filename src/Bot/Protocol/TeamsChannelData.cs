using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkoleUtvikling.Bot.Protocol;

/// <summary>Teams' <c>channelData</c>. Only the fields we route on are typed; the rest round-trips.</summary>
public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; set; }
    public TeamInfo? Team { get; set; }
    public ChannelInfo? Channel { get; set; }
    public string? EventType { get; set; }
    public TeamsChannelDataSettings? Settings { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class TenantInfo
{
    public string? Id { get; set; }
}

public sealed class TeamInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadGroupId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class ChannelInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class TeamsChannelDataSettings
{
    public ChannelInfo? SelectedChannel { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public static class TeamsEventTypes
{
    public const string TeamMemberAdded = "teamMemberAdded";
    public const string TeamMemberRemoved = "teamMemberRemoved";
    public const string ChannelCreated = "channelCreated";
    public const string ChannelRenamed = "channelRenamed";
    public const string ChannelDeleted = "channelDeleted";
    public const string ChannelRestored = "channelRestored";
    public const string TeamRenamed = "teamRenamed";
}
