using System.Security.Claims;

namespace SkoleUtvikling.Bot.Protocol.Inbound;

/// <summary>
/// Decides whether an inbound POST /api/messages may run. Implementations refuse a missing or
/// malformed Authorization header before any OpenID metadata is fetched.
/// </summary>
public interface IRequestAuthenticator
{
    Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

/// <summary>The outcome of authenticating one request. <see cref="Reason"/> is for logs, never for the caller.</summary>
public sealed record AuthenticationResult(bool Succeeded, ClaimsIdentity? Identity, string? Reason)
{
    public static AuthenticationResult Success(ClaimsIdentity identity) => new(true, identity, null);
    public static AuthenticationResult Fail(string reason) => new(false, null, reason);
}
