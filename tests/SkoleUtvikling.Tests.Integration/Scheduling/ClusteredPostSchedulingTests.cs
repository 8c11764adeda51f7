using Quartz;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Scheduling.Jobs.Quartz;
using SkoleUtvikling.Testing;

namespace SkoleUtvikling.Tests.Integration.Scheduling;

/// <summary>
/// Scale-out: two bot replicas on one PostgreSQL with Quartz clustered. Real clock (a cluster's
/// check-ins and failure detection run on it), posts a couple of seconds ahead, polled with a deadline.
/// </summary>
public sealed class ClusteredPostSchedulingTests
{
    private readonly string _connectionString = TestDatabases.Postgres()["Storage:ConnectionString"]!;

    [Fact]
    public async Task Two_clustered_replicas_fire_each_post_exactly_once()
    {
        var dispatchers = new[] { new RecordingDispatcher(), new RecordingDispatcher() };
        var reporter = new RecordingMisfireReporter();
        await using var a = await SchedulerNode.StartAsync(Settings("node-a"), TimeProvider.System, dispatchers[0], reporter);
        await using var b = await SchedulerNode.StartAsync(Settings("node-b"), TimeProvider.System, dispatchers[1], reporter);
        var fireAt = TimeProvider.System.GetUtcNow().AddSeconds(3);
        var planA = Posts("a", fireAt);
        var planB = Posts("b", fireAt);

        // Each replica imports one plan, so both are awake when the posts fall due and compete for all of them.
        await a.Scheduler.SyncAsync("plan-a", planA, CancellationToken.None);
        await b.Scheduler.SyncAsync("plan-b", planB, CancellationToken.None);
        var again = await b.Scheduler.SyncAsync("plan-a", planA, CancellationToken.None);
        var quartz = await a.QuartzAsync();
        await Eventually.HoldsAsync(
            async () => (await quartz.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupStartsWith("post:plan-") })).Items.Count == 0,
            "every post fired and completed");

        Assert.Equal(planA.Count, again.Unchanged);
        var fired = dispatchers.SelectMany(d => d.Dispatches).Select(d => d.PostKey).Order(StringComparer.Ordinal);
        Assert.Equal(planA.Concat(planB).Select(p => p.PostKey).Order(StringComparer.Ordinal), fired);
        Assert.Empty(reporter.Reports);
        Assert.All(dispatchers, d => Assert.NotEmpty(d.Dispatches));
    }

    private static List<ScheduledPost> Posts(string plan, DateTimeOffset fireAt) =>
        [.. Enumerable.Range(1, 40).Select(i => new ScheduledPost($"{plan}{i}:lesebestilling", fireAt.AddMilliseconds(i * 25)))];

    private PostSchedulingSettings Settings(string instanceId) => new()
    {
        Provider = JobStoreProvider.Postgres,
        ConnectionString = _connectionString,
        Clustered = true,
        InstanceId = instanceId,
    };
}
