using System.Text.Json;
using System.Text.Json.Serialization;

namespace SkoleUtvikling.Bot.Protocol;

/// <summary>A user or bot. Teams roster calls return the Entra id as <c>objectId</c>; activities as <c>aadObjectId</c>.</summary>
public sealed class ChannelAccount
{
    public string Id { get; set; } = "";
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? ObjectId { get; set; }
    public string? Role { get; set; }
    public string? GivenName { get; set; }
    public string? Surname { get; set; }
    public string? Email { get; set; }
    public string? UserPrincipalName { get; set; }
    public string? TenantId { get; set; }
    public string? UserRole { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The Entra object id, whichever field carried it.</summary>
    [JsonIgnore]
    public string? EntraObjectId => AadObjectId ?? ObjectId;
}
