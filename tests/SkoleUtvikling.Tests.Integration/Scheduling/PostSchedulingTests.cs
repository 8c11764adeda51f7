using Microsoft.Extensions.Time.Testing;
using Quartz;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Scheduling.Jobs.Quartz;
using SkoleUtvikling.Testing;

namespace SkoleUtvikling.Tests.Integration.Scheduling;

/// <summary>
/// The post scheduler on Quartz's real ADO.NET job store. Quartz's loop waits on the injected clock,
/// so these tests move a <see cref="FakeTimeProvider"/> and then poll (real time, with a deadline) for
/// what the scheduler did.
/// </summary>
public abstract class PostSchedulingTests
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 6, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly RecordingDispatcher _dispatcher = new();
    private readonly RecordingMisfireReporter _reporter = new();

    protected abstract PostSchedulingSettings Settings();

    [Fact]
    public async Task A_scheduled_post_fires_once_at_its_time_and_the_dispatcher_gets_its_key()
    {
        var settings = Settings();
        await using var node = await StartNodeAsync(settings);
        var fireAt = Start.AddMinutes(5);

        await node.Scheduler.SyncAsync("plan-1", [new ScheduledPost("e1:lesebestilling", fireAt)], CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Empty(_dispatcher.Dispatches);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await WaitUntilFiredAsync(node, "plan-1");

        var dispatch = Assert.Single(_dispatcher.Dispatches);
        Assert.Equal(new RecordingDispatcher.Dispatch("e1:lesebestilling", fireAt, Late: false), dispatch);
    }

    private Task<SchedulerNode> StartNodeAsync(PostSchedulingSettings settings) =>
        SchedulerNode.StartAsync(settings, _clock, _dispatcher, _reporter);

    /// <summary>Fired and recorded as complete: no trigger left in the scope's group.</summary>
    private static async Task WaitUntilFiredAsync(SchedulerNode node, string scope)
    {
        var quartz = await node.QuartzAsync();
        await Eventually.HoldsAsync(
            async () => (await quartz.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals("post:" + scope) })).Items.Count == 0,
            $"every trigger of {scope} fired and completed");
    }
}

public sealed class PostSchedulingTestsOnSqlite : PostSchedulingTests, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("skoleutvikling-quartz-").FullName;

    protected override PostSchedulingSettings Settings() => new()
    {
        Provider = JobStoreProvider.Sqlite,
        ConnectionString = $"Data Source={Path.Combine(_directory, "bot.db")}",
    };

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

public sealed class PostSchedulingTestsOnPostgres : PostSchedulingTests
{
    private readonly string _connectionString = TestDatabases.Postgres()["Storage:ConnectionString"]!;

    protected override PostSchedulingSettings Settings() => new()
    {
        Provider = JobStoreProvider.Postgres,
        ConnectionString = _connectionString,
    };
}
