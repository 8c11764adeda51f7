using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Protocol.Outbound;

/// <summary>
/// Puts the bot's Connector token on requests to trusted Connector hosts (protocol.md §2). Any other
/// host gets no token, not even an attempt to fetch one: a serviceUrl comes from an activity, and a
/// token sent to the wrong place could be replayed against the real Connector. No token at all in
/// development mode.
/// </summary>
public sealed class ConnectorTokenHandler(IOptions<BotOptions> bot, IOptions<BotAuthOptions> auth, ConnectorTokenProvider tokens, ILogger<ConnectorTokenHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!bot.Value.IsDevelopmentMode && request.RequestUri is { } uri)
        {
            if (TrustedConnectorHosts.IsTrusted(uri, auth.Value.AllowLoopbackForTests))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
            }
            else
            {
                request.Headers.Authorization = null;
                AuthLog.ConnectorTokenWithheld(logger, uri.Scheme, uri.Host);
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
