using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Filing.Queue;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Filing;

/// <summary>
/// Filing: <see cref="GraphFiler"/> when the bot has a client secret (app-only Graph tokens per
/// tenant), otherwise <see cref="FolderArchive"/>; the durable queue and its worker. Needs storage and the outbox.
/// Features add their documents as <see cref="IFilingDocumentSource"/> registrations.
/// </summary>
public static class FilingServiceCollectionExtensions
{
    /// <summary>The HttpClient Azure.Identity fetches Graph tokens through.</summary>
    public const string TokenHttpClientName = "Filing.Token";

    public static IServiceCollection AddFiling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<FilingOptions, FilingOptionsValidator>(configuration.GetSection(FilingOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(TokenHttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton(sp => GraphClients.ForApp(
            sp.GetRequiredService<IOptions<BotOptions>>().Value,
            sp.GetRequiredService<IOptions<BotAuthOptions>>().Value,
            sp.GetRequiredService<IOptions<FilingOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(TokenHttpClientName)));
        services.AddSingleton<GraphFiler>();
        services.AddSingleton<FolderArchive>();
        services.AddSingleton<IFiler>(sp => UsesGraph(sp.GetRequiredService<IOptions<BotOptions>>().Value)
            ? sp.GetRequiredService<GraphFiler>()
            : sp.GetRequiredService<FolderArchive>());
        services.AddSingleton(sp => new FilingMode(UsesGraph(sp.GetRequiredService<IOptions<BotOptions>>().Value)));
        services.AddSingleton<IArchiveChannels>(sp => sp.GetRequiredService<FilingMode>().UsesGraph
            ? new GraphArchiveChannels(sp.GetRequiredService<GraphClients>())
            : new LocalArchiveChannels());

        services.AddSingleton<FilingSignal>();
        services.AddSingleton<IFilingQueue, FilingJobStore>();
        services.AddSingleton<FilingLedger>();
        services.AddSingleton<FilingArchives>();
        services.AddHostedService<FilingWorker>();
        return services;
    }

    /// <summary>Graph needs an app id and a client secret; a managed identity is not supported for filing yet.</summary>
    public static bool UsesGraph(BotOptions bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return !bot.IsDevelopmentMode && !string.IsNullOrWhiteSpace(bot.MicrosoftAppPassword);
    }
}
