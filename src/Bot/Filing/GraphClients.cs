using System.Collections.Concurrent;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Filing;

/// <summary>
/// One <see cref="GraphServiceClient"/> per tenant (app-only tokens are per tenant), all sharing one
/// <see cref="HttpClient"/> whose pipeline has no retry handler: the outbox owns retries, and the
/// SDK's default (3 retries honouring Retry-After) would multiply them and hold a worker asleep.
/// </summary>
public sealed class GraphClients : IDisposable
{
    public const string GraphScope = "https://graph.microsoft.com/.default";

    private readonly Func<string, GraphServiceClient> _create;
    private readonly ConcurrentDictionary<string, GraphServiceClient> _clients = new(StringComparer.OrdinalIgnoreCase);
    private readonly HttpClient? _ownedHttpClient;

    public GraphClients(Func<string, GraphServiceClient> create)
        : this(create, null)
    {
    }

    private GraphClients(Func<string, GraphServiceClient> create, HttpClient? ownedHttpClient)
    {
        _create = create;
        _ownedHttpClient = ownedHttpClient;
    }

    /// <summary>
    /// App-only clients from the bot's registration: its client secret, in each target tenant, from
    /// <see cref="BotAuthOptions.AuthorityHost"/>; <paramref name="tokenHttp"/> carries the token requests.
    /// </summary>
    public static GraphClients ForApp(BotOptions bot, BotAuthOptions auth, FilingOptions filing, HttpClient tokenHttp)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(filing);
        if (string.IsNullOrWhiteSpace(bot.MicrosoftAppId) || string.IsNullOrWhiteSpace(bot.MicrosoftAppPassword))
        {
            throw new InvalidOperationException("Graph filing needs MicrosoftAppId and MicrosoftAppPassword; without them use the archive.");
        }

        var authorityHost = new Uri(auth.AuthorityHost);
        var transport = new HttpClientTransport(tokenHttp);
        var baseUrl = filing.GraphBaseUrl.TrimEnd('/');
        // Tokens only for the configured Graph host: the SDK's credential constructor allows Microsoft's
        // Graph hosts only and would silently send no token to any other (a sovereign cloud, a test fake).
        string[] allowedHosts = [new Uri(baseUrl).Host];
        var http = CreateHttpClientWithoutRetries();
        return new GraphClients(
            tenantId => new GraphServiceClient(
                http,
                new AzureIdentityAuthenticationProvider(
                    Credential(bot, tenantId, authorityHost, transport), allowedHosts, observabilityOptions: null, isCaeEnabled: false, scopes: [GraphScope]),
                baseUrl),
            http);
    }

    private static ClientSecretCredential Credential(BotOptions bot, string tenantId, Uri authorityHost, HttpClientTransport transport) =>
        new(tenantId, bot.MicrosoftAppId, bot.MicrosoftAppPassword, new ClientSecretCredentialOptions
        {
            AuthorityHost = authorityHost,
            Transport = transport,
            // As for the Connector token: an overridden host (sovereign cloud, test key server) is trusted as configured.
            DisableInstanceDiscovery = !string.Equals(authorityHost.Host, AzureAuthorityHosts.AzurePublicCloud.Host, StringComparison.OrdinalIgnoreCase),
        });

    /// <summary>The SDK's default pipeline (auth-free parts: redirects, compression, telemetry, …) minus the retry handler.</summary>
    public static HttpClient CreateHttpClientWithoutRetries()
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers().Where(h => h is not RetryHandler).ToList();
        return GraphClientFactory.Create(handlers);
    }

    public GraphServiceClient For(string tenantId) => _clients.GetOrAdd(tenantId, _create);

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _ownedHttpClient?.Dispose();
    }
}
