using Azure.Core;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Protocol.Outbound;

/// <summary>
/// The bot's Bot Connector token, kept until shortly before it expires and fetched by one caller at a
/// time. The credential is built on first use, so development mode never builds one.
/// </summary>
public sealed class ConnectorTokenProvider : IDisposable
{
    /// <summary>A token this close to expiry is replaced, so it cannot lapse while a request is in flight or retried.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly Lazy<TokenCredential> _credential;
    private readonly TokenRequestContext _request;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly BotOptions _bot;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CachedToken? _cached;

    public ConnectorTokenProvider(IOptions<BotOptions> bot, IOptions<BotAuthOptions> auth, IHttpClientFactory httpClients, TimeProvider time, ILogger<ConnectorTokenProvider> logger)
        : this(() => ConnectorCredentials.Create(bot.Value, auth.Value, httpClients.CreateClient(ConnectorCredentials.HttpClientName)), auth.Value.ConnectorScope, bot.Value, time, logger)
    {
    }

    internal ConnectorTokenProvider(Func<TokenCredential> credential, string scope, BotOptions bot, TimeProvider time, ILogger logger)
    {
        _credential = new Lazy<TokenCredential>(credential);
        _request = new TokenRequestContext([scope]);
        _bot = bot;
        _time = time;
        _logger = logger;
    }

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(_cached) is { } token)
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (IsFresh(_cached) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            var access = await _credential.Value.GetTokenAsync(_request, cancellationToken);
            _cached = new CachedToken(access.Token, access.ExpiresOn);
            AuthLog.ConnectorTokenAcquired(_logger, access.ExpiresOn);
            return access.Token;
        }
        catch (Exception ex) when (ex is Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException or Azure.RequestFailedException)
        {
            AuthLog.ConnectorTokenFailed(_logger, ex, _bot.MicrosoftAppType, _bot.MicrosoftAppId);
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private string? IsFresh(CachedToken? cached) =>
        cached is not null && _time.GetUtcNow() < cached.ExpiresOn - RefreshMargin ? cached.Token : null;

    private sealed record CachedToken(string Token, DateTimeOffset ExpiresOn);
}
