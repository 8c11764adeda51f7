using System.Collections.Concurrent;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using SkoleUtvikling.Bot.Hosting;

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

    /// <summary>App-only clients from the bot's registration: a client secret credential per tenant.</summary>
    public static GraphClients ForApp(BotOptions bot, FilingOptions filing)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(filing);
        if (string.IsNullOrWhiteSpace(bot.MicrosoftAppId) || string.IsNullOrWhiteSpace(bot.MicrosoftAppPassword))
        {
            throw new InvalidOperationException("Graph filing needs MicrosoftAppId and MicrosoftAppPassword; without them use the archive.");
        }

        var http = CreateHttpClientWithoutRetries();
        return new GraphClients(
            tenantId => new GraphServiceClient(
                http,
                new ClientSecretCredential(tenantId, bot.MicrosoftAppId, bot.MicrosoftAppPassword),
                [GraphScope],
                filing.GraphBaseUrl.TrimEnd('/')),
            http);
    }

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
