using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkoleUtvikling.Bot.Protocol.Outbound;

/// <summary>The answer to send, reply and update: the id of the activity in the conversation.</summary>
public sealed record ResourceResponse(string? Id)
{
    /// <summary>The HTTP status that carried this answer (not on the wire), for the outbox's record.</summary>
    [JsonIgnore]
    public int StatusCode { get; init; }
}

/// <summary>The answer to create conversation: the conversation id (<c>a:…</c> for a 1:1), and the first activity's id for a channel thread.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl)
{
    /// <summary>The HTTP status that carried this answer (not on the wire).</summary>
    [JsonIgnore]
    public int StatusCode { get; init; }
}

/// <summary>One page of <c>pagedmembers</c>; a null or empty continuation token means the last page.</summary>
public sealed class PagedMembersResult
{
    public string? ContinuationToken { get; set; }
    public List<ChannelAccount> Members { get; set; } = [];
}

/// <summary><c>GET v3/teams/{teamId}</c>. <see cref="AadGroupId"/> is the id Graph knows the team by.</summary>
public sealed class TeamDetails
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadGroupId { get; set; }
    public int? ChannelCount { get; set; }
    public int? MemberCount { get; set; }
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
