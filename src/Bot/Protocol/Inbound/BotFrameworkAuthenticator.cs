using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Protocol.Inbound;

/// <summary>
/// Validates the bearer token of each inbound request (protocol.md §1): issuer, audience = app id,
/// lifetime with 5 minutes' skew, an RSA signature by a published key and, for Entra-issued tokens,
/// the calling app (<see cref="ChannelCallers"/>): all from the header alone, before the body is read.
/// Then <see cref="CheckActivity"/> binds the token to the activity (<see cref="ActivityTokenCheck"/>).
/// Development mode (no MicrosoftAppId) accepts every request and validates nothing, also when a header
/// is sent: the Agents Playground configured with a client id sends an Entra token for its own app,
/// which a bot without an app id has no way to check, and dev mode only ever listens on loopback.
/// </summary>
public sealed class BotFrameworkAuthenticator(
    IOptions<BotOptions> bot,
    IOptions<BotAuthOptions> auth,
    TrustedIssuers issuers,
    TimeProvider time,
    ILogger<BotFrameworkAuthenticator> logger) : IRequestAuthenticator
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly JsonWebTokenHandler Validator = new();

    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (bot.Value.IsDevelopmentMode)
        {
            if (authorizationHeader is not null)
            {
                AuthLog.DevelopmentHeaderIgnored(logger);
            }

            return AuthenticationResult.Success(new ClaimsIdentity());
        }

        if (!BearerToken.TryRead(authorizationHeader, out var token, out var refusal))
        {
            return AuthenticationResult.Fail(refusal);
        }

        var authority = issuers.Find(token.Issuer);
        if (authority is null)
        {
            return AuthenticationResult.Fail($"issuer '{BearerToken.Shorten(token.Issuer)}' is not trusted");
        }

        PublishedSigningKey? key;
        try
        {
            key = await authority.Keys.FindAsync(token.Kid, cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            return AuthenticationResult.Fail(ex.Message);
        }

        if (key is null)
        {
            return AuthenticationResult.Fail($"signing key '{BearerToken.Shorten(token.Kid)}' is not published by {authority.Name}");
        }

        var result = await Validator.ValidateTokenAsync(token, Parameters(authority, key));
        if (!result.IsValid)
        {
            return AuthenticationResult.Fail(Describe(result.Exception));
        }

        if (!authority.IsBotFramework)
        {
            var callerRefusal = ChannelCallers.Check(token, issuers.ChannelIssuers.Contains(token.Issuer), bot.Value.MicrosoftAppId!, auth.Value.AllowedCallers);
            if (callerRefusal is not null)
            {
                return AuthenticationResult.Fail(callerRefusal);
            }
        }

        return AuthenticationResult.Success(result.ClaimsIdentity, new VerifiedToken(token, authority, key));
    }

    public string? CheckActivity(AuthenticationResult authenticated, Activity activity)
    {
        if (bot.Value.IsDevelopmentMode)
        {
            return null;
        }

        return authenticated is { Succeeded: true, Token: { } verified }
            ? ActivityTokenCheck.Check(verified, activity, bot.Value, auth.Value)
            : "request is not authenticated";
    }

    private TokenValidationParameters Parameters(IssuerAuthority authority, PublishedSigningKey key) => new()
    {
        ValidIssuers = authority.Issuers,
        ValidAudience = bot.Value.MicrosoftAppId,
        IssuerSigningKey = key.Key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = BearerToken.AllowedAlgorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        LifetimeValidator = ValidateLifetime,
    };

    /// <summary>
    /// The library's own lifetime check reads the system clock; this one reads the injected
    /// <see cref="TimeProvider"/> and throws the library's exceptions so <see cref="Describe"/> can name them.
    /// </summary>
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("token has no expiry");
        }

        if (notBefore > now + ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("token is not valid yet") { NotBefore = notBefore.Value };
        }

        return expires >= now - ClockSkew
            ? true
            : throw new SecurityTokenExpiredException("token has expired") { Expires = expires.Value };
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "token has expired",
        SecurityTokenNotYetValidException => "token is not valid yet",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenInvalidAudienceException => "token audience is not the bot's MicrosoftAppId",
        SecurityTokenInvalidIssuerException => "token issuer is not accepted",
        SecurityTokenInvalidAlgorithmException => "token algorithm is not allowed",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "token signature does not verify",
        null => "token is invalid",
        _ => $"token is invalid ({exception.GetType().Name})",
    };
}
