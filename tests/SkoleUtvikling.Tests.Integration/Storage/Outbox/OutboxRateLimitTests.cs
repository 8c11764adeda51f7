using System.Diagnostics;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Bot.Storage.Queue;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Testing.Outbox;
using SkoleUtvikling.Testing.Time;
using Xunit.Abstractions;

namespace SkoleUtvikling.Tests.Integration.Storage.Outbox;

/// <summary>
/// The outbox runs at Teams' limits and never above them: the fake answers 429 to any request over
/// a limit, so a single rate-limit 429 fails these tests. Throughput is measured and printed.
/// </summary>
public abstract class OutboxRateLimitTests(ITestOutputHelper output) : OutboxTestBase
{
    // Ten times real time: a send's real database latency (~20 ms on PostgreSQL) stays below Teams' pace of 4 per second.
    protected override double ClockFactor => 10;

    [Fact]
    public async Task A_burst_of_200_to_one_conversation_never_exceeds_teams_limits_and_keeps_its_order()
    {
        await using var host = NewHost();
        await host.StartAsync();

        await host.EnqueueAsync(Enumerable.Range(0, 200).Select(i => Send(Tenant, "19:burst@thread.tacv2", $"m{i:000}")));
        await WaitAllSentAsync(host, 200, seconds: 120);

        var arrivals = Fake.ActivitiesIn("19:burst@thread.tacv2");
        Assert.DoesNotContain(Fake.Calls, c => c.WasRateLimited);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"m{i:000}"), arrivals.Select(a => a.Text));
        foreach (var (limit, window) in FakeRateLimits.PerConversation)
        {
            Assert.True(MaxInAnyWindow(arrivals.Select(a => a.At).ToList(), window) <= limit, $"more than {limit} in {window}");
        }

        // 60 per 30 s means the 181st cannot go before 90 s. How much later it goes depends on the machine's load
        // (96–106 s quiet, 200 s with two busy loops beside the suite), so that is printed, not asserted.
        var span = arrivals[^1].At - arrivals[0].At;
        output.WriteLine($"{Dialect}: 200 to one conversation took {span.TotalSeconds:0.0} s of Teams time (floor 90 s)");
        Assert.True(span.TotalSeconds >= 90, $"200 to one conversation took {span.TotalSeconds:0.0} s of Teams time, faster than Teams' 60 per 30 s allows");
    }

    [Fact]
    public async Task A_claim_leaving_out_every_tenant_with_pending_sends_finds_nothing_and_other_tenants_are_still_claimed()
    {
        await using var host = NewHost();
        await host.EnqueueAsync(Enumerable.Range(0, 300).Select(i => Send(Tenant, $"19:c{i % 30:00}", $"m{i:000}")));
        var queue = new QueueTable(host.Database, "outbox", OutboxSql.Queue);
        var now = Clock.GetUtcNow().ToUnixTimeMilliseconds();

        // Tenant A at its limit and the only one with pending sends: nothing to take (the index says so).
        Assert.Empty(await queue.ClaimAsync<OutboxRow>("owner-1", 10, [Tenant], now, now + 60_000, CancellationToken.None));

        // Tenant B's one send, behind A's backlog, is still found while A is left out; A's heads when it is not.
        await host.EnqueueAsync([Send(OtherTenant, "19:b", "b")]);
        now = Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var other = await queue.ClaimAsync<OutboxRow>("owner-1", 10, [Tenant], now, now + 60_000, CancellationToken.None);
        Assert.Equal([OtherTenant], other.Select(r => r.TenantId).ToArray());
        var heads = await queue.ClaimAsync<OutboxRow>("owner-2", 100, [OtherTenant], now, now + 60_000, CancellationToken.None);
        Assert.Equal(30, heads.Count);
        Assert.All(heads, r => Assert.Equal(Tenant, r.TenantId));
    }

    [Fact]
    public async Task Many_conversations_of_one_tenant_go_at_most_50_per_second()
    {
        // Twice real time only: 50 per second of Teams time must be within the database's reach.
        var clock = new AcceleratedTimeProvider(2);
        await using var fake = await FakeConnector.StartAsync(clock);
        await using var host = NewHost(new Dictionary<string, string?> { ["Outbox:MaxConcurrentSends"] = "64" }, clock);
        await host.StartAsync();

        await host.EnqueueAsync(Enumerable.Range(0, 600).Select(i => OutboxMessages.Send(fake.ServiceUrl, Tenant, $"19:c{i % 300:000}", $"m{i:000}")));
        await WaitAllSentAsync(host, 600, seconds: 120);

        var arrivals = fake.Activities.Select(a => a.At).Order().ToList();
        Assert.DoesNotContain(fake.Calls, c => c.WasRateLimited);
        Assert.True(MaxInAnyWindow(arrivals, TimeSpan.FromSeconds(1)) <= 50);
        var rate = arrivals.Count / (arrivals[^1] - arrivals[0]).TotalSeconds;
        output.WriteLine($"{Dialect}: one tenant, 300 conversations: {rate:0.0} messages per second of Teams time (limit 50)");
        // The hard limit is the window check above; 600 arrivals spread over ≥ 11 s can still average a little over 50.
        // How close to the limit it gets depends on the machine's load (14 per second on a loaded CI run, 53 on a quiet
        // one), so no floor here: the pace at the limit is measured by the benchmark (`chase`), not asserted in a test.
        Assert.True(rate <= 55, $"{rate:0.0} messages per second on average, above the tenant's limit");
    }

    [Fact]
    public async Task Throughput_to_the_fake_across_many_tenants_is_measured_on_real_time()
    {
        // Real time for both sides: this measures the outbox and the database, not the clock.
        await using var fake = await FakeConnector.StartAsync(TimeProvider.System);
        const int tenants = 20, conversations = 20, each = 5;
        await using var host = NewHost(new Dictionary<string, string?> { ["Outbox:MaxConcurrentSends"] = "32", ["Outbox:PollInterval"] = "00:00:00.100" }, TimeProvider.System);
        await host.EnqueueAsync(Enumerable.Range(0, each).SelectMany(i => Enumerable.Range(0, tenants * conversations).Select(c =>
            OutboxMessages.Send(fake.ServiceUrl, $"tenant-{c % tenants:00}", $"19:c{c:000}", $"m{i}"))));
        var total = tenants * conversations * each;

        var watch = Stopwatch.StartNew();
        await host.StartAsync();
        await fake.WaitUntilAsync(f => f.Activities.Count >= total, TimeSpan.FromSeconds(120), $"{total} activities");
        await WaitAllSentAsync(host, total);
        watch.Stop();

        Assert.DoesNotContain(fake.Calls, c => c.WasRateLimited);
        Assert.Equal(total, fake.Activities.Count);
        output.WriteLine($"{Dialect}: {total} messages, {tenants} tenants, 32 at once: {total / watch.Elapsed.TotalSeconds:0} messages/s ({watch.Elapsed.TotalSeconds:0.0} s)");
    }

    private static int MaxInAnyWindow(List<DateTimeOffset> sorted, TimeSpan window)
    {
        var max = 0;
        var start = 0;
        for (var end = 0; end < sorted.Count; end++)
        {
            while (sorted[end] - sorted[start] >= window)
            {
                start++;
            }

            max = Math.Max(max, end - start + 1);
        }

        return max;
    }
}
