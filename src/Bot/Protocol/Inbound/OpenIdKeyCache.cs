using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Protocol.Inbound;

/// <summary>
/// The signing keys published at one OpenID metadata URL: fetched on first use, again every
/// <c>SigningKeyRefreshInterval</c>, and again when a token names an unknown key id, but never twice
/// within <c>SigningKeyMinimumRefreshInterval</c>, so forged key ids cannot hammer the key server.
/// Parsing is Microsoft.IdentityModel's; the cache is ours rather than ConfigurationManager's because
/// its refresh after RequestRefresh runs in the background (the request bearing a rotated key would
/// still fail) and its clock cannot be injected, so the floor could not be tested without sleeping.
/// </summary>
public sealed class OpenIdKeyCache : IDisposable
{
    public const string HttpClientName = "BotAuth.Metadata";

    // With nothing cached yet, a failed fetch is retried after this rather than after the full floor.
    private static readonly TimeSpan FirstFetchRetryDelay = TimeSpan.FromSeconds(10);

    private readonly IHttpClientFactory _httpClients;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refreshInterval;
    private readonly TimeSpan _minimumRefreshInterval;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile SigningKeySet? _keys;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;

    public OpenIdKeyCache(string metadataUrl, IHttpClientFactory httpClients, TimeProvider time, BotAuthOptions options, ILogger logger)
    {
        MetadataUrl = metadataUrl;
        _httpClients = httpClients;
        _time = time;
        _refreshInterval = options.SigningKeyRefreshInterval;
        _minimumRefreshInterval = options.SigningKeyMinimumRefreshInterval;
        _logger = logger;
    }

    public string MetadataUrl { get; }

    /// <summary>The key with <paramref name="keyId"/>, or null when the key server does not publish it.</summary>
    /// <exception cref="InvalidOperationException">No keys could be fetched yet.</exception>
    public async Task<PublishedSigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = _keys;
        if (keys is null || _time.GetUtcNow() - keys.FetchedAt >= _refreshInterval)
        {
            keys = await RefreshAsync(keys, keys is null ? "first use" : "scheduled refresh", cancellationToken);
        }

        var key = keys?.Find(keyId);
        if (key is null && keys is not null)
        {
            keys = await RefreshAsync(keys, "unknown key id", cancellationToken);
            key = keys?.Find(keyId);
        }

        return keys is null
            ? throw new InvalidOperationException($"no signing keys could be fetched from {MetadataUrl}")
            : key;
    }

    private async Task<SigningKeySet?> RefreshAsync(SigningKeySet? seen, string reason, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!ReferenceEquals(_keys, seen))
            {
                return _keys; // another request fetched while this one waited
            }

            var now = _time.GetUtcNow();
            var floor = _keys is null ? FirstFetchRetryDelay : _minimumRefreshInterval;
            if (now - _lastAttempt < floor)
            {
                AuthLog.SigningKeyRefreshSuppressed(_logger, MetadataUrl, reason, now - _lastAttempt);
                return _keys;
            }

            _lastAttempt = now;
            try
            {
                // Not the caller's token: one request giving up must not waste a fetch others wait for.
                var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(MetadataUrl, CreateRetriever(), CancellationToken.None);
                _keys = SigningKeySet.From(configuration, now);
                AuthLog.SigningKeysFetched(_logger, _keys.Count, MetadataUrl, reason);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException or InvalidOperationException or ArgumentException or JsonException or TaskCanceledException)
            {
                AuthLog.SigningKeysFetchFailed(_logger, ex, MetadataUrl, reason, _keys is null ? "tokens are refused until a fetch succeeds" : "keeping the keys fetched before");
            }

            return _keys;
        }
        finally
        {
            _gate.Release();
        }
    }

    private HttpDocumentRetriever CreateRetriever() =>
        new(_httpClients.CreateClient(HttpClientName)) { RequireHttps = !LoopbackGuard.IsLoopback(MetadataUrl) };

    public void Dispose() => _gate.Dispose();
}
