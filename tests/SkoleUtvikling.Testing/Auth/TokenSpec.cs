namespace SkoleUtvikling.Testing.Auth;

/// <summary>What a minted token says. Tests change one thing with <c>with</c> to make it wrong in one way.</summary>
public sealed record TokenSpec(string Issuer, string Audience, string KeyId, DateTimeOffset NotBefore, DateTimeOffset Expires)
{
    /// <summary>Extra payload claims, e.g. <c>serviceurl</c> or <c>appid</c>.</summary>
    public IReadOnlyDictionary<string, object> Claims { get; init; } = new Dictionary<string, object>();

    /// <summary>The JWS algorithm named in the header; the key server signs RS256/384/512.</summary>
    public string Algorithm { get; init; } = "RS256";

    public TokenSpec WithClaim(string name, object value) =>
        this with { Claims = new Dictionary<string, object>(Claims) { [name] = value } };
}
