using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SkoleUtvikling.Testing.Auth;

/// <summary>
/// Microsoft's token services on loopback: Bot Framework and Entra ID OpenID metadata with JWKS
/// (Bot Framework keys carry <c>endorsements</c>), and an Entra client-credentials token endpoint on
/// https for Azure.Identity. Mints tokens with the keys it publishes, for tests and benchmarks.
/// </summary>
public sealed class KeyServer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string ClientSecret = "key-server-client-secret";

    /// <summary>Published by Bot Framework, endorsed for Teams.</summary>
    public const string TeamsKeyId = "bf-msteams";

    /// <summary>Published by Bot Framework, endorsed only for Web Chat.</summary>
    public const string WebChatKeyId = "bf-webchat";

    /// <summary>Published by Entra ID (no endorsements, as there).</summary>
    public const string EntraKeyId = "entra-1";

    private const string BotFrameworkMetadataPath = "/botframework/v1/.well-known/openidconfiguration";
    private const string BotFrameworkKeysPath = "/botframework/v1/.well-known/keys";
    private const string EntraMetadataPath = "/entra/common/v2.0/.well-known/openid-configuration";
    private const string EntraKeysPath = "/entra/common/discovery/v2.0/keys";

    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, TestSigningKey> _botFrameworkKeys = new();
    private readonly TestSigningKey _entraKey = new(EntraKeyId, []);
    private readonly ConcurrentQueue<TokenRequest> _tokenRequests = new();
    private readonly ConcurrentQueue<string> _unexpected = new();
    private LoopbackKestrel? _server;
    private int _metadataRequests;
    private int _keySetRequests;

    private KeyServer(TimeProvider time)
    {
        _time = time;
        PublishBotFrameworkKey(TeamsKeyId, "msteams");
        PublishBotFrameworkKey(WebChatKeyId, "webchat");
    }

    /// <summary>Bot Framework metadata over plain http: the bot allows http on loopback.</summary>
    public string BotFrameworkMetadataUrl => new Uri(Server.HttpBase, BotFrameworkMetadataPath).ToString();

    public string EntraMetadataUrl => new Uri(Server.HttpBase, EntraMetadataPath).ToString();

    /// <summary>The https base Azure.Identity uses as AuthorityHost: tokens at <c>{tenant}/oauth2/v2.0/token</c>.</summary>
    public string AuthorityHost => Server.HttpsBase.ToString();

    /// <summary>OpenID metadata documents served, both authorities.</summary>
    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    /// <summary>JWKS documents served, both authorities.</summary>
    public int KeySetRequests => Volatile.Read(ref _keySetRequests);

    public IReadOnlyList<TokenRequest> TokenRequests => [.. _tokenRequests];

    /// <summary>Requests to paths this server does not serve, e.g. an MSAL discovery call nobody expected.</summary>
    public IReadOnlyList<string> UnexpectedRequests => [.. _unexpected];

    /// <summary>While true, metadata and key documents answer 503 (still counted), as during an outage.</summary>
    public bool Unavailable { get; set; }

    /// <summary>Lifetime of access tokens from the token endpoint (expires_in).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    private LoopbackKestrel Server => _server ?? throw new InvalidOperationException("The key server is not started.");

    public static async Task<KeyServer> StartAsync(TimeProvider? time = null)
    {
        var keys = new KeyServer(time ?? TimeProvider.System);
        keys._server = await LoopbackKestrel.StartAsync(keys.HandleAsync);
        return keys;
    }

    /// <summary>Adds (or replaces) a Bot Framework key, as a key rotation does.</summary>
    public void PublishBotFrameworkKey(string keyId, params string[] endorsements)
    {
        var key = new TestSigningKey(keyId, endorsements);
        if (_botFrameworkKeys.TryGetValue(keyId, out var old))
        {
            old.Dispose();
        }

        _botFrameworkKeys[keyId] = key;
    }

    /// <summary>
    /// Settings for <see cref="BotHost"/>: a registered bot whose keys and tokens come from here. The
    /// key server and the fake Connector listen on loopback, which only the test setting trusts.
    /// </summary>
    public Dictionary<string, string?> BotSettings(string appId, string tenantId, string appType = "SingleTenant") => new()
    {
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = ClientSecret,
        ["MicrosoftAppTenantId"] = tenantId,
        ["MicrosoftAppType"] = appType,
        ["BotAuth:BotFrameworkOpenIdMetadataUrl"] = BotFrameworkMetadataUrl,
        ["BotAuth:EntraOpenIdMetadataUrl"] = EntraMetadataUrl,
        ["BotAuth:AuthorityHost"] = AuthorityHost,
        ["BotAuth:AllowLoopbackForTests"] = "true",
    };

    /// <summary>What a Bot Framework channel token says: valid from now for an hour, Teams key, serviceurl claim.</summary>
    public TokenSpec BotFrameworkSpec(string appId, string serviceUrl)
    {
        var now = _time.GetUtcNow();
        return new TokenSpec(BotFrameworkIssuer, appId, TeamsKeyId, now, now.AddHours(1)).WithClaim("serviceurl", serviceUrl);
    }

    /// <summary>
    /// What an Entra-issued channel token says (v1 issuer of <paramref name="tenantId"/>): the channel
    /// calls as the bot itself, so the calling app (<c>appid</c>) is the audience.
    /// </summary>
    public TokenSpec EntraSpec(string appId, string tenantId)
    {
        var now = _time.GetUtcNow();
        return new TokenSpec($"https://sts.windows.net/{tenantId}/", appId, EntraKeyId, now, now.AddHours(1))
            .WithClaim("ver", "1.0").WithClaim("appid", appId).WithClaim("tid", tenantId);
    }

    public string MintBotFrameworkToken(string appId, string serviceUrl, Func<TokenSpec, TokenSpec>? adjust = null) =>
        Mint((adjust ?? (s => s))(BotFrameworkSpec(appId, serviceUrl)));

    public string MintEntraToken(string appId, string tenantId, Func<TokenSpec, TokenSpec>? adjust = null) =>
        Mint((adjust ?? (s => s))(EntraSpec(appId, tenantId)));

    /// <summary>Signs with the published key named by <see cref="TokenSpec.KeyId"/>.</summary>
    public string Mint(TokenSpec spec)
    {
        var key = spec.KeyId == EntraKeyId ? _entraKey
            : _botFrameworkKeys.TryGetValue(spec.KeyId, out var published) ? published
            : throw new ArgumentException($"The key server publishes no key '{spec.KeyId}'.", nameof(spec));
        return TokenMinter.SignRsa(spec, key.Rsa);
    }

    /// <summary>Names a published key id but is signed by a key nobody published.</summary>
    public static string MintForged(TokenSpec spec)
    {
        using var attacker = new TestSigningKey(spec.KeyId, []);
        return TokenMinter.SignRsa(spec, attacker.Rsa);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        foreach (var key in _botFrameworkKeys.Values)
        {
            key.Dispose();
        }

        _entraKey.Dispose();
    }

    private Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (Unavailable && path is BotFrameworkMetadataPath or EntraMetadataPath)
        {
            Interlocked.Increment(ref _metadataRequests);
            return WriteJsonAsync(http, 503, new { error = "temporarily_unavailable" });
        }

        switch (path)
        {
            case BotFrameworkMetadataPath when isGet:
                Interlocked.Increment(ref _metadataRequests);
                return WriteJsonAsync(http, 200, Metadata(BotFrameworkIssuer, BotFrameworkKeysPath));
            case EntraMetadataPath when isGet:
                Interlocked.Increment(ref _metadataRequests);
                return WriteJsonAsync(http, 200, Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", EntraKeysPath));
            case BotFrameworkKeysPath when isGet:
                Interlocked.Increment(ref _keySetRequests);
                return WriteJsonAsync(http, 200, new { keys = _botFrameworkKeys.Values.Select(k => k.ToJwk()).ToList() });
            case EntraKeysPath when isGet:
                Interlocked.Increment(ref _keySetRequests);
                return WriteJsonAsync(http, 200, new { keys = new[] { _entraKey.ToJwk() } });
            default:
                if (HttpMethods.IsPost(http.Request.Method) && path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
                {
                    return IssueAccessTokenAsync(http, path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0]);
                }

                _unexpected.Enqueue($"{http.Request.Method} {path}");
                return WriteJsonAsync(http, 404, new { error = "not_found" });
        }
    }

    private Dictionary<string, object> Metadata(string issuer, string keysPath) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = new Uri(Server.HttpBase, keysPath).ToString(),
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    };

    /// <summary>Answers like login.microsoftonline.com, AADSTS error bodies included.</summary>
    private async Task IssueAccessTokenAsync(HttpContext http, string tenant)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync() : new FormCollection(null);
        var request = new TokenRequest(tenant, form["client_id"], form["scope"], form["grant_type"], form["client_secret"] == ClientSecret);
        _tokenRequests.Enqueue(request);
        if (request.GrantType != "client_credentials")
        {
            await WriteJsonAsync(http, 400, AadError("unsupported_grant_type", 70003, "AADSTS70003: The app requested an unsupported grant type."));
            return;
        }

        if (!request.SecretMatched)
        {
            await WriteJsonAsync(http, 401, AadError("invalid_client", 7000215, "AADSTS7000215: Invalid client secret provided."));
            return;
        }

        if (request.Scope is null || !request.Scope.EndsWith("/.default", StringComparison.Ordinal))
        {
            await WriteJsonAsync(http, 400, AadError("invalid_scope", 1002012, "AADSTS1002012: The provided value for scope is not valid."));
            return;
        }

        var now = _time.GetUtcNow();
        var spec = new TokenSpec($"https://sts.windows.net/{tenant}/", request.Scope[..^"/.default".Length], EntraKeyId, now, now + AccessTokenLifetime)
            .WithClaim("appid", request.ClientId ?? "");
        var seconds = (long)AccessTokenLifetime.TotalSeconds;
        await WriteJsonAsync(http, 200, new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = seconds,
            ["ext_expires_in"] = seconds,
            ["access_token"] = Mint(spec),
        });
    }

    private static Dictionary<string, object> AadError(string error, int code, string description) => new()
    {
        ["error"] = error,
        ["error_description"] = description,
        ["error_codes"] = new[] { code },
    };

    private static async Task WriteJsonAsync(HttpContext http, int status, object body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
