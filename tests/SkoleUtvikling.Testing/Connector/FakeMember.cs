namespace SkoleUtvikling.Testing.Connector;

/// <summary>A roster member as Teams returns it: the Entra id is <c>objectId</c> (protocol.md §2).</summary>
public sealed record FakeMember(
    string Id,
    string ObjectId,
    string Name,
    string? GivenName = null,
    string? Surname = null,
    string? Email = null,
    string? UserPrincipalName = null,
    string? TenantId = null,
    string UserRole = "user");
