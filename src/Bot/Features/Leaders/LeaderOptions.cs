namespace SkoleUtvikling.Bot.Features.Leaders;

/// <summary>
/// Leaders besides team owners, configured per municipality: Entra object ids (GUIDs) under
/// <c>Leaders:AadObjectIds</c>. Never decided from text a user typed.
/// </summary>
public sealed class LeaderOptions
{
    public const string Section = "Leaders";

    public List<string> AadObjectIds { get; set; } = [];

    public bool IsConfigured(string? aadObjectId) =>
        !string.IsNullOrEmpty(aadObjectId) && AadObjectIds.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase);

    /// <summary>A roster member who leads: a team owner, or someone configured here.</summary>
    public bool Leads(Protocol.ChannelAccount member) =>
        string.Equals(member.UserRole, "owner", StringComparison.OrdinalIgnoreCase) || IsConfigured(member.EntraObjectId);
}
