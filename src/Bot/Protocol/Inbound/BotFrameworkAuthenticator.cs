using System.Security.Claims;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Hosting;

namespace SkoleUtvikling.Bot.Protocol.Inbound;

/// <summary>Validates the bearer token of each inbound request.</summary>
public sealed class BotFrameworkAuthenticator(IOptions<BotOptions> options) : IRequestAuthenticator
{
    public Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (options.Value.IsDevelopmentMode && authorizationHeader is null)
        {
            return Task.FromResult(AuthenticationResult.Success(new ClaimsIdentity()));
        }

        return Task.FromResult(AuthenticationResult.Fail("token validation not configured"));
    }
}
