using System.Diagnostics.CodeAnalysis;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SkoleUtvikling.Bot.Protocol.Inbound;

/// <summary>
/// Reads the Authorization header without trusting it: the checks that need no keys, so a request
/// that cannot be valid is refused before any metadata is fetched.
/// </summary>
public static class BearerToken
{
    /// <summary>Bot Framework and Entra sign with RSA; <c>none</c> and HMAC (a key the caller could know) never pass.</summary>
    public static readonly IReadOnlyList<string> AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private const string Scheme = "Bearer ";
    private static readonly JsonWebTokenHandler Reader = new();

    public static bool TryRead(string? authorizationHeader, [NotNullWhen(true)] out JsonWebToken? token, [NotNullWhen(false)] out string? refusal)
    {
        token = null;
        refusal = Check(authorizationHeader, ref token);
        return refusal is null;
    }

    private static string? Check(string? header, ref JsonWebToken? token)
    {
        if (string.IsNullOrEmpty(header))
        {
            return "no Authorization header";
        }

        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return "Authorization header is not a Bearer token";
        }

        var raw = header[Scheme.Length..].Trim();
        if (!Reader.CanReadToken(raw))
        {
            return "bearer token is not a JWT";
        }

        try
        {
            token = Reader.ReadJsonWebToken(raw);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenMalformedException)
        {
            return "bearer token is not a JWT";
        }

        if (token.IsEncrypted)
        {
            return "encrypted tokens are not accepted";
        }

        if (!AllowedAlgorithms.Contains(token.Alg))
        {
            return $"token algorithm '{Shorten(token.Alg)}' is not allowed (RS256, RS384, RS512 only)";
        }

        return string.IsNullOrEmpty(token.Kid) ? "token names no signing key (kid)" : null;
    }

    /// <summary>Claims from an unvalidated token go into log lines: keep them short.</summary>
    public static string Shorten(string? value) => value is null ? "" : value.Length <= 80 ? value : value[..80] + "…";
}
