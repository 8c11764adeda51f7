namespace SkoleUtvikling.Testing.Auth;

/// <summary>One client-credentials request the key server's token endpoint received.</summary>
public sealed record TokenRequest(string Tenant, string? ClientId, string? Scope, string? GrantType, bool SecretMatched);
