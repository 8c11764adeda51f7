using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Filing.Queue;
using SkoleUtvikling.Bot.Hosting;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Testing.Outbox;

namespace SkoleUtvikling.Testing.Filing;

/// <summary>
/// One filing worker as the bot composes it (the real AddStorage, AddBotProtocol, AddOutbox and
/// AddFiling) over a given database and clock, without the web host. With a <see cref="KeyServer"/> and
/// a Graph base URL the bot has app credentials and files through the real GraphFiler; without, into
/// the local archive. The outbox worker is off, so the notices it would send stay in the table.
/// Several hosts on one database are several replicas.
/// </summary>
public sealed class FilingHost : IAsyncDisposable
{
    public const string AppId = "0d4a7e2b-1c3f-4b5a-9e8d-7c6b5a4f3e2d";
    public const string BotTenant = "11111111-2222-3333-4444-555555555555";

    private readonly ServiceProvider _services;
    private bool _started;

    public FilingHost(TestDatabase database, TimeProvider time, IEnumerable<IFilingDocumentSource> sources, IDictionary<string, string?>? settings = null, LogLevel logLevel = LogLevel.Debug)
    {
        var values = new Dictionary<string, string?>(database.Settings)
        {
            ["Outbox:Enabled"] = "false",
            ["Filing:PollInterval"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(time);
        services.AddLogging(l => l.SetMinimumLevel(logLevel).AddProvider(Logs));
        services.AddStorage(configuration);
        services.AddBotProtocol(configuration);
        services.AddOutbox(configuration);
        services.AddFiling(configuration);
        foreach (var source in sources)
        {
            services.AddSingleton(source);
        }

        LoopbackHttpHandler.UseForAllHttpClients(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Worker = _services.GetServices<IHostedService>().OfType<FilingWorker>().Single();
    }

    /// <summary>Settings that give the bot app credentials (tokens from <paramref name="keys"/>) and point filing at <paramref name="graphBaseUrl"/>.</summary>
    public static Dictionary<string, string?> GraphSettings(KeyServer keys, string graphBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = KeyServer.ClientSecret,
            ["MicrosoftAppTenantId"] = BotTenant,
            ["BotAuth:AuthorityHost"] = keys.AuthorityHost,
            ["Filing:GraphBaseUrl"] = graphBaseUrl,
        };
    }

    public CapturedLogs Logs { get; } = new();

    public FilingWorker Worker { get; }

    public Database Database => _services.GetRequiredService<Database>();

    public IFilingQueue Queue => _services.GetRequiredService<IFilingQueue>();

    public FilingArchives Archives => _services.GetRequiredService<FilingArchives>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Task StartAsync()
    {
        _started = true;
        return Worker.StartAsync(CancellationToken.None);
    }

    /// <summary>Enqueues in one transaction, as a feature does, and rings the worker.</summary>
    public async Task<int> EnqueueAsync(IEnumerable<FilingRequest> requests)
    {
        var added = await Database.InTransactionAsync(async (c, t) =>
        {
            var count = 0;
            foreach (var request in requests)
            {
                count += await Queue.EnqueueAsync(c, t, request, CancellationToken.None) ? 1 : 0;
            }

            return count;
        });
        Queue.NotifyCommitted();
        return added;
    }

    /// <summary>Chooses the team's archive as <c>arkiv</c> does.</summary>
    public Task<int> ChooseArchiveAsync(string tenantId, string teamId, string teamGroupId, string channelId, string channelName = "Ledelse") =>
        Archives.ChooseAsync(new FilingArchive
        {
            TenantId = tenantId,
            TeamId = teamId,
            TeamGroupId = teamGroupId,
            ChannelId = channelId,
            ChannelName = channelName,
            ChosenBy = "test",
            ChosenAtMs = Get<TimeProvider>().GetUtcNow().ToUnixTimeMilliseconds(),
        }, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await Worker.StopAsync(CancellationToken.None);
            if (Worker.ExecuteTask is { } running)
            {
                await running;
            }
        }

        await _services.DisposeAsync();
    }
}
