using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Protocol.Inbound;
using SkoleUtvikling.Bot.Protocol.Outbound;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;

namespace SkoleUtvikling.Bot.Hosting;

/// <summary>The core of the bot, one method per area, called from Program.cs. Features register themselves (Features/*/*Feature.cs).</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StorageOptions, StorageOptionsValidator>(configuration.GetSection(StorageOptions.Section));
        services.AddSingleton<Database>();
        services.AddSingleton<Migrator>();
        return services;
    }

    /// <summary>Inbound authentication and the outbound Connector client: the protocol layer's narrow surface.</summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<BotOptions, BotOptionsValidator>(configuration);
        services.AddValidatedOptions<BotAuthOptions, BotAuthOptionsValidator>(configuration.GetSection(BotAuthOptions.Section));

        // Key and token fetches sit on the request path: fail in seconds, not in HttpClient's 100.
        services.AddHttpClient(OpenIdKeyCache.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(ConnectorCredentials.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<TrustedIssuers>();
        services.AddSingleton<IRequestAuthenticator, BotFrameworkAuthenticator>();

        services.AddSingleton<ConnectorTokenProvider>();
        services.AddTransient<ConnectorTokenHandler>();
        services.AddHttpClient<IConnectorClient, ConnectorClient>().AddHttpMessageHandler<ConnectorTokenHandler>();
        return services;
    }

    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<OutboxOptions, OutboxOptionsValidator>(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ClosedConversations>();
        services.AddSingleton<IOutbox, OutboxStore>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }

    /// <summary>The turn handler and the message commands' router; the features add their handlers and commands.</summary>
    public static IServiceCollection AddActivityRouting(this IServiceCollection services)
    {
        services.AddSingleton<Replies>();
        services.AddSingleton<MessageRouter>();
        services.AddSingleton<ITurnHandler, ActivityRouter>();
        return services;
    }
}
