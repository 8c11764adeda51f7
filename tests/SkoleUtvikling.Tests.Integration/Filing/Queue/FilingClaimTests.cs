using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Testing.Filing;
using SkoleUtvikling.Testing.Graph;
using SkoleUtvikling.Testing.Outbox;
using Xunit.Abstractions;

namespace SkoleUtvikling.Tests.Integration.Filing.Queue;

/// <summary>Two workers (replicas) on one database: every job is filed once, by one of them, never by both.</summary>
public abstract class FilingClaimTests(ITestOutputHelper output)
{
    private const string Tenant = "6f1b0e1c-3a52-4d8e-9c1e-2f4a5b6c7d8e";
    private const string Team = "19:team@thread.tacv2";
    private const string Group = "2b9c4f0e-7d1a-4e3b-8a6c-5d4e3f2a1b0c";
    private const string Channel = "19:ledelse@thread.tacv2";
    private const int Jobs = 60;

    protected abstract SqlDialect Dialect { get; }

    [Fact]
    public async Task Two_workers_file_every_job_exactly_once_and_never_the_same_job_at_once()
    {
        await using var db = await TestDatabase.CreateAsync(Dialect);
        await using var keys = await KeyServer.StartAsync();
        await using var graph = await FakeGraph.StartAsync();
        graph.AddChannel(Group, Channel, "Ledelse");
        // Slow uploads keep both workers busy at the same time.
        graph.PutDelay = TimeSpan.FromMilliseconds(30);
        var source = new TestDocumentSource();
        var settings = FilingHost.GraphSettings(keys, graph.BaseUrl);
        await using var first = new FilingHost(db, TimeProvider.System, [source], settings);
        await using var second = new FilingHost(db, TimeProvider.System, [source], settings);
        await first.ChooseArchiveAsync(Tenant, Team, Group, Channel);
        var requests = Enumerable.Range(1, Jobs).Select(i =>
        {
            source.Set($"n{i}", $"Møte {i % 3}", $"Lærer {i}");
            return new FilingRequest($"note:n{i}", Tenant, Team, TestDocumentSource.DefaultKind, $"n{i}");
        }).ToList();
        await first.EnqueueAsync(requests);

        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        await FilingRecords.WaitUntilAsync(first.Database,
            j => j.All(x => x.Status == "filed"), TimeSpan.FromSeconds(60), "every job filed");

        var attempts = await FilingRecords.AttemptsAsync(first.Database);
        var byOwner = attempts.GroupBy(a => a.LeaseOwner).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"{Dialect}: " + string.Join(", ", byOwner.Select(o => $"{o.Key} filed {o.Value}")));
        Assert.Equal(Jobs, attempts.Count);
        Assert.All(attempts.GroupBy(a => a.JobId), g => Assert.Single(g));
        Assert.Subset(new HashSet<string> { first.Worker.OwnerId, second.Worker.OwnerId }, byOwner.Keys.ToHashSet());
        Assert.Equal(Jobs, graph.CallCount("putContent"));
        var files = graph.FilesIn(Group, Channel);
        Assert.Equal(Jobs, files.Count);
        Assert.All(files.Values, f => Assert.Equal(1, f.Version));
    }
}

public sealed class SqliteFilingClaimTests(ITestOutputHelper output) : FilingClaimTests(output)
{
    protected override SqlDialect Dialect => SqlDialect.Sqlite;
}

public sealed class PostgresFilingClaimTests(ITestOutputHelper output) : FilingClaimTests(output)
{
    protected override SqlDialect Dialect => SqlDialect.Postgres;
}
