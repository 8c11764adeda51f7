namespace SkoleUtvikling.Bot.Filing;

/// <summary>
/// Where a document goes: a channel's files folder in a tenant, and a path below it.
/// <see cref="TeamGroupId"/> is the team's Entra group GUID (<c>aadGroupId</c>), not the <c>19:…</c>
/// thread id; <see cref="ChannelId"/> is the <c>19:…</c> channel id. Build <see cref="Path"/> with
/// <see cref="FilingPath"/> so names are deterministic and valid in SharePoint.
/// </summary>
public sealed record FilingTarget(string TenantId, string TeamGroupId, string ChannelId, FilingPath Path);
