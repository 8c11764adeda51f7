using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Filing.Queue;
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
public sealed class FilingHost(TestDatabase database, TimeProvider time, IEnumerable<IFilingDocumentSource> sources, IDictionary<string, string?>? settings = null, LogLevel logLevel = LogLevel.Debug)
    : QueueHost<FilingWorker>(database, time, Defaults, settings, logLevel, (services, configuration) =>
    {
        services.AddFiling(configuration);
        foreach (var source in sources)
        {
            services.AddSingleton(source);
        }

        LoopbackHttpHandler.UseForAllHttpClients(services);
    })
{
    public const string AppId = "0d4a7e2b-1c3f-4b5a-9e8d-7c6b5a4f3e2d";
    public const string BotTenant = "11111111-2222-3333-4444-555555555555";

    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["Outbox:Enabled"] = "false",
        ["Filing:PollInterval"] = "00:00:01",
    };

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

    public IFilingQueue Queue => Get<IFilingQueue>();

    public FilingArchives Archives => Get<FilingArchives>();

    /// <summary>Enqueues in one transaction, as a feature does, and rings the worker.</summary>
    public Task<int> EnqueueAsync(IEnumerable<FilingRequest> requests) =>
        EnqueueAsync(requests, (c, t, r) => Queue.EnqueueAsync(c, t, r, CancellationToken.None), Queue.NotifyCommitted);

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
}
