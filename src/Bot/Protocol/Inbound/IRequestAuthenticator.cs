using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace SkoleUtvikling.Bot.Protocol.Inbound;

/// <summary>
/// Decides whether an inbound POST /api/messages may run, in two steps: the Authorization header
/// alone, before a byte of the body is read (a missing or malformed header is refused before any
/// OpenID metadata is fetched); then the parsed activity against what the token proved.
/// </summary>
public interface IRequestAuthenticator
{
    Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken);

    /// <returns>Why the authenticated caller may not send <paramref name="activity"/>, or null when it may.</returns>
    string? CheckActivity(AuthenticationResult authenticated, Activity activity);
}

/// <summary>A token whose signature, issuer, audience, lifetime and caller were checked.</summary>
public sealed record VerifiedToken(JsonWebToken Token, IssuerAuthority Authority, PublishedSigningKey Key);

/// <summary>
/// The outcome of authenticating one request. <see cref="Reason"/> is for logs, never for the caller.
/// <see cref="Token"/> is null in development mode, where nothing is validated.
/// </summary>
public sealed record AuthenticationResult(bool Succeeded, ClaimsIdentity? Identity, string? Reason, VerifiedToken? Token = null)
{
    public static AuthenticationResult Success(ClaimsIdentity identity, VerifiedToken? token = null) => new(true, identity, null, token);
    public static AuthenticationResult Fail(string reason) => new(false, null, reason);
}
