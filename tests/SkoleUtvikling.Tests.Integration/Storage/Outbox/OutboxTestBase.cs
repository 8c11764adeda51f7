using System.Diagnostics;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Testing.Outbox;
using SkoleUtvikling.Testing.Time;

namespace SkoleUtvikling.Tests.Integration.Storage.Outbox;

/// <summary>
/// One fresh database (of the subclass's dialect) and one fake Connector per test. Worker and fake
/// share a clock running <see cref="ClockFactor"/> times real time, so Teams' limits (per second,
/// per 30 s) are enforced exactly as written but a test does not take minutes.
/// </summary>
public abstract class OutboxTestBase : IAsyncLifetime
{
    protected const string Tenant = "tenant-a";
    protected const string OtherTenant = "tenant-b";

    private readonly List<OutboxHost> _hosts = [];

    protected abstract SqlDialect Dialect { get; }

    protected virtual double ClockFactor => 20;

    protected TestDatabase Db { get; private set; } = null!;

    protected FakeConnector Fake { get; private set; } = null!;

    protected AcceleratedTimeProvider Clock { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Clock = new AcceleratedTimeProvider(ClockFactor);
        Db = await TestDatabase.CreateAsync(Dialect);
        Fake = await FakeConnector.StartAsync(Clock);
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await Fake.DisposeAsync();
        await Db.DisposeAsync();
    }

    /// <summary>A worker over the test's database and clock. Times are on that clock.</summary>
    protected OutboxHost NewHost(IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Outbox:PollInterval"] = "00:00:01",
            // Generous on the fast clock, so a busy test machine never makes a call look timed out.
            ["Outbox:SendTimeout"] = "00:05:00",
            ["Outbox:LeaseDuration"] = "00:30:00",
            ["Outbox:RetryBaseDelay"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var host = new OutboxHost(Db, clock ?? Clock, values);
        _hosts.Add(host);
        return host;
    }

    protected OutboxMessage Send(string tenantId, string conversationId, string text) =>
        OutboxMessages.Send(Fake.ServiceUrl, tenantId, conversationId, text);

    protected static Task<IReadOnlyList<OutboxRecord>> RowsAsync(OutboxHost host) => OutboxRecords.RowsAsync(host.Database);

    /// <summary>Polls the outbox table until <paramref name="condition"/> holds, failing with <paramref name="what"/> after the deadline.</summary>
    protected static async Task<IReadOnlyList<OutboxRecord>> WaitForRowsAsync(
        OutboxHost host, Func<IReadOnlyList<OutboxRecord>, bool> condition, string what, int seconds = 60)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var rows = await RowsAsync(host);
            if (condition(rows))
            {
                return rows;
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                var summary = string.Join(", ", rows.GroupBy(r => r.Status).Select(g => $"{g.Count()} {g.Key}"));
                throw new TimeoutException($"Waited {seconds} s for {what}; outbox has {summary}.");
            }

            // Polling the database: nothing signals a commit to the test.
            await Task.Delay(20);
        }
    }

    protected static Task<IReadOnlyList<OutboxRecord>> WaitAllSentAsync(OutboxHost host, int count, int seconds = 60) =>
        WaitForRowsAsync(host, rows => rows.Count == count && rows.All(r => r.Status == "sent"), $"all {count} rows sent", seconds);
}
