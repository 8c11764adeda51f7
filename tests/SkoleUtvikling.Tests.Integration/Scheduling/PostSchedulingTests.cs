using Microsoft.Extensions.Time.Testing;
using Quartz;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Scheduling.Jobs.Quartz;

namespace SkoleUtvikling.Tests.Integration.Scheduling;

/// <summary>
/// The post scheduler on Quartz's real ADO.NET job store, one subclass per database. Quartz's loop
/// waits on the injected clock, so these tests move a <see cref="FakeTimeProvider"/> and then poll
/// (real time, with a deadline) for what the scheduler did.
/// </summary>
public abstract class PostSchedulingTests
{
    private const string Plan = "plan-1";
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 6, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly RecordingDispatcher _dispatcher = new();
    private readonly RecordingMisfireReporter _reporter = new();

    /// <summary>Settings for a fresh, empty database; the same database on every call within one test.</summary>
    protected abstract PostSchedulingSettings Settings();

    [Fact]
    public async Task A_scheduled_post_fires_once_at_its_time_and_the_dispatcher_gets_its_key()
    {
        await using var node = await StartNodeAsync();
        var fireAt = Start.AddMinutes(5);

        var result = await node.Scheduler.SyncAsync(Plan, [new ScheduledPost("e1:lesebestilling", fireAt)], CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(1, result.Added);
        Assert.Equal(fireAt, Assert.Single(await PendingAsync(node)).NextFireTimeUtc);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await WaitUntilAllFiredAsync(node);

        Assert.Equal(new RecordingDispatcher.Dispatch("e1:lesebestilling", fireAt, Late: false), Assert.Single(_dispatcher.Dispatches));
        Assert.Empty(_reporter.Reports);
    }

    [Fact]
    public async Task Syncing_the_same_posts_again_changes_nothing_and_fires_nothing_twice()
    {
        await using var node = await StartNodeAsync();
        ScheduledPost[] posts = [new("e1:lesebestilling", Start.AddMinutes(5)), new("e2:lesebestilling", Start.AddMinutes(30))];
        await node.Scheduler.SyncAsync(Plan, posts, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await Eventually.HoldsAsync(async () => (await PendingAsync(node)).Count == 1, "e1 fired and completed");
        var before = await PendingAsync(node);

        var again = await node.Scheduler.SyncAsync(Plan, posts, CancellationToken.None);

        Assert.Equal(new PostSyncResult(0, 0, 0, 2, []), again with { TooLate = [] });
        Assert.Empty(again.TooLate);
        Assert.Equal(before, await PendingAsync(node));
        _clock.Advance(TimeSpan.FromMinutes(25));
        await WaitUntilAllFiredAsync(node);
        Assert.Equal(["e1:lesebestilling", "e2:lesebestilling"], _dispatcher.Dispatches.Select(d => d.PostKey));
    }

    [Fact]
    public async Task A_changed_time_reschedules_the_post_to_the_new_time()
    {
        await using var node = await StartNodeAsync();
        await node.Scheduler.SyncAsync(Plan, [new ScheduledPost("e1:lesebestilling", Start.AddMinutes(5))], CancellationToken.None);

        var result = await node.Scheduler.SyncAsync(Plan, [new ScheduledPost("e1:lesebestilling", Start.AddMinutes(20))], CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(1, result.Rescheduled);
        Assert.Equal(Start.AddMinutes(20), Assert.Single(await PendingAsync(node)).NextFireTimeUtc);
        Assert.Empty(_dispatcher.Dispatches);
        _clock.Advance(TimeSpan.FromMinutes(10));
        await WaitUntilAllFiredAsync(node);
        Assert.Equal(new RecordingDispatcher.Dispatch("e1:lesebestilling", Start.AddMinutes(20), Late: false), Assert.Single(_dispatcher.Dispatches));
    }

    [Fact]
    public async Task A_removed_post_never_fires()
    {
        await using var node = await StartNodeAsync();
        await node.Scheduler.SyncAsync(Plan, [new("e1:paaminnelse", Start.AddMinutes(5)), new("e2:lesebestilling", Start.AddMinutes(10))], CancellationToken.None);

        var result = await node.Scheduler.SyncAsync(Plan, [new ScheduledPost("e2:lesebestilling", Start.AddMinutes(10))], CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(10));
        await WaitUntilAllFiredAsync(node);

        Assert.Equal(1, result.Removed);
        Assert.Equal(["e2:lesebestilling"], _dispatcher.Dispatches.Select(d => d.PostKey));
        Assert.Null(await (await node.QuartzAsync()).GetJobDetail(new JobKey("e1:paaminnelse", "post:" + Plan)));
    }

    [Fact]
    public async Task Scopes_are_independent()
    {
        await using var node = await StartNodeAsync();
        await node.Scheduler.SyncAsync("plan-a", [new ScheduledPost("e1:lesebestilling", Start.AddMinutes(5))], CancellationToken.None);

        var other = await node.Scheduler.SyncAsync("plan-b", [], CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(0, other.Removed);
        await Eventually.HoldsAsync(() => _dispatcher.Count("e1:lesebestilling") == 1, "plan-a's post fired");
    }

    [Fact]
    public async Task A_post_missed_while_the_bot_was_down_fires_late_exactly_once_within_the_grace_period()
    {
        var fireAt = Start.AddMinutes(5);
        await using (var before = await StartNodeAsync())
        {
            await before.Scheduler.SyncAsync(Plan, [new ScheduledPost("e1:lesebestilling", fireAt)], CancellationToken.None);
        }

        _clock.Advance(TimeSpan.FromMinutes(45));
        await using var after = await StartNodeAsync();
        await WaitUntilAllFiredAsync(after);

        Assert.Equal(new RecordingDispatcher.Dispatch("e1:lesebestilling", fireAt, Late: true), Assert.Single(_dispatcher.Dispatches));
        Assert.Empty(_reporter.Reports);
    }

    [Fact]
    public async Task A_post_missed_beyond_the_grace_period_is_reported_and_not_posted()
    {
        var fireAt = Start.AddMinutes(5);
        await using (var before = await StartNodeAsync())
        {
            await before.Scheduler.SyncAsync(Plan, [new ScheduledPost("e1:lesebestilling", fireAt)], CancellationToken.None);
        }

        _clock.Advance(TimeSpan.FromMinutes(5) + Settings().MisfireGracePeriod + TimeSpan.FromMinutes(1));
        await using var after = await StartNodeAsync();
        await WaitUntilAllFiredAsync(after);

        Assert.Empty(_dispatcher.Dispatches);
        Assert.Equal(new RecordingMisfireReporter.Missed("e1:lesebestilling", fireAt, _clock.GetUtcNow()), Assert.Single(_reporter.Reports));
    }

    [Fact]
    public async Task A_firing_cut_off_by_a_crash_is_run_again_when_the_bot_restarts()
    {
        var hanging = new HangingDispatcher();
        var crashed = await SchedulerNode.StartAsync(Settings(), _clock, hanging, _reporter);
        await crashed.Scheduler.SyncAsync(Plan, [new ScheduledPost("e1:lesebestilling", Start.AddMinutes(5))], CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await hanging.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        await crashed.CrashAsync();

        await using var restarted = await StartNodeAsync();
        await WaitUntilAllFiredAsync(restarted);

        Assert.Equal(new RecordingDispatcher.Dispatch("e1:lesebestilling", Start.AddMinutes(5), Late: false), Assert.Single(_dispatcher.Dispatches));
    }

    [Fact]
    public async Task A_failed_dispatch_is_retried_and_then_posted_once()
    {
        await using var node = await StartNodeAsync();
        _dispatcher.FailNext(1);
        await node.Scheduler.SyncAsync(Plan, [new ScheduledPost("e1:lesebestilling", Start.AddMinutes(5))], CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(5));
        await Eventually.HoldsAsync(async () => (await DueAsync(node)).SingleOrDefault()?.RetryAttempt == 1, "the first attempt failed and a retry is waiting");
        _clock.Advance(TimeSpan.FromSeconds(20));
        await WaitUntilAllFiredAsync(node);

        Assert.Equal(new RecordingDispatcher.Dispatch("e1:lesebestilling", Start.AddMinutes(5), Late: false), Assert.Single(_dispatcher.Dispatches));
    }

    [Fact]
    public async Task A_dispatch_still_failing_after_the_grace_period_is_reported_as_missed()
    {
        await using var node = await StartNodeAsync();
        _dispatcher.FailNext(int.MaxValue);
        await node.Scheduler.SyncAsync(Plan, [new ScheduledPost("e1:lesebestilling", Start.AddMinutes(5))], CancellationToken.None);

        _clock.Advance(TimeSpan.FromMinutes(5));
        await Eventually.HoldsAsync(async () => (await DueAsync(node)).SingleOrDefault()?.RetryAttempt == 1, "the first attempt failed and a retry is waiting");
        _clock.Advance(Settings().MisfireGracePeriod);
        // The retry is now long overdue, which Quartz leaves to its misfire handler's next periodic
        // pass: keep the clock running, as a real one would, until that pass has fired it.
        await Eventually.HoldsAsync(
            async () =>
            {
                _clock.Advance(TimeSpan.FromSeconds(5));
                return (await PendingAsync(node)).Count == 0;
            },
            "the overdue retry fired");
        await WaitUntilAllFiredAsync(node);

        Assert.Empty(_dispatcher.Dispatches);
        Assert.Equal("e1:lesebestilling", Assert.Single(_reporter.Reports).PostKey);
    }

    [Fact]
    public async Task A_new_post_already_past_the_grace_period_is_not_scheduled_and_is_listed_as_too_late()
    {
        await using var node = await StartNodeAsync();

        var result = await node.Scheduler.SyncAsync(Plan, [new ScheduledPost("e0:lesebestilling", Start - Settings().MisfireGracePeriod - TimeSpan.FromMinutes(1))], CancellationToken.None);

        Assert.Equal(["e0:lesebestilling"], result.TooLate);
        Assert.Equal(0, result.Added);
        Assert.Empty(await PendingAsync(node));
    }

    [Fact]
    public async Task Many_posts_due_at_once_fire_as_one_batch_each_exactly_once()
    {
        var settings = Settings();
        settings.FiringChunkSize = 50;
        await using var node = await SchedulerNode.StartAsync(settings, _clock, _dispatcher, _reporter);
        var fireAt = Start.AddMinutes(5);
        var posts = Enumerable.Range(1, 400).Select(i => new ScheduledPost($"e{i}:lesebestilling", fireAt)).ToList();

        await node.Scheduler.SyncAsync(Plan, [.. posts, new ScheduledPost("later:lesebestilling", Start.AddMinutes(10))], CancellationToken.None);
        Assert.Equal([fireAt, Start.AddMinutes(10)], (await DueAsync(node)).Select(t => t.StartTimeUtc).Order());
        _clock.Advance(TimeSpan.FromMinutes(5));
        await Eventually.HoldsAsync(async () => (await PendingAsync(node)).Count == 1 && (await DueAsync(node)).Count == 1, "the 400 fired and completed");

        Assert.Equal(posts.Select(p => p.PostKey).Order(StringComparer.Ordinal), _dispatcher.Dispatches.Select(d => d.PostKey).Order(StringComparer.Ordinal));
        Assert.All(_dispatcher.Dispatches, d => Assert.Equal((fireAt, false), (d.ScheduledFireUtc, d.Late)));
        Assert.Equal("later:lesebestilling", Assert.Single(await PendingAsync(node)).Key.Name);
    }

    [Fact]
    public async Task A_crash_mid_batch_fires_after_the_restart_only_the_posts_not_yet_queued()
    {
        var settings = Settings();
        settings.MaxConcurrency = 1;
        var hanging = new HangingDispatcher(hangOn: "e3:lesebestilling");
        var crashed = await SchedulerNode.StartAsync(settings, _clock, hanging, _reporter);
        var posts = Enumerable.Range(1, 5).Select(i => new ScheduledPost($"e{i}:lesebestilling", Start.AddMinutes(5))).ToList();
        await crashed.Scheduler.SyncAsync(Plan, posts, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await hanging.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        // The markers of e1 and e2 are removed behind their dispatch; the crash comes after that.
        await Eventually.HoldsAsync(async () => (await PendingAsync(crashed)).Count == 3, "e1 and e2 recorded as gone");
        await crashed.CrashAsync();

        await using var restarted = await StartNodeAsync();
        await WaitUntilAllFiredAsync(restarted);

        Assert.Equal(["e1:lesebestilling", "e2:lesebestilling"], hanging.Dispatched);
        Assert.Equal(["e3:lesebestilling", "e4:lesebestilling", "e5:lesebestilling"], _dispatcher.Dispatches.Select(d => d.PostKey).Order(StringComparer.Ordinal));
        Assert.Empty(_reporter.Reports);
    }

    [Fact]
    public async Task A_post_added_or_removed_before_its_instant_joins_or_leaves_that_instants_batch()
    {
        await using var node = await StartNodeAsync();
        var fireAt = Start.AddMinutes(5);
        await node.Scheduler.SyncAsync(Plan, [new("e1:lesebestilling", fireAt), new("e2:lesebestilling", fireAt)], CancellationToken.None);

        var result = await node.Scheduler.SyncAsync(Plan, [new("e1:lesebestilling", fireAt), new("e3:lesebestilling", fireAt)], CancellationToken.None);
        Assert.Equal((1, 1), (result.Added, result.Removed));
        Assert.Equal(fireAt, Assert.Single(await DueAsync(node)).StartTimeUtc);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await WaitUntilAllFiredAsync(node);

        Assert.Equal(["e1:lesebestilling", "e3:lesebestilling"], _dispatcher.Dispatches.Select(d => d.PostKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_post_added_to_an_instant_whose_batch_is_running_is_fired_once_too()
    {
        var fireAt = Start.AddMinutes(5);
        var gate = new HangingDispatcher(hangOn: "e1:lesebestilling");
        await using var node = await SchedulerNode.StartAsync(Settings(), _clock, gate, _reporter);
        await node.Scheduler.SyncAsync(Plan, [new ScheduledPost("e1:lesebestilling", fireAt)], CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));

        var result = await node.Scheduler.SyncAsync(Plan, [new("e1:lesebestilling", fireAt), new("e2:lesebestilling", fireAt)], CancellationToken.None);
        gate.Release();
        await WaitUntilAllFiredAsync(node);

        Assert.Equal(1, result.Added);
        Assert.Equal(["e1:lesebestilling", "e2:lesebestilling"], gate.Dispatched.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_posts_own_trigger_never_fires_it_only_its_instants_batch_does()
    {
        await using var node = await StartNodeAsync();
        await node.Scheduler.SyncAsync(Plan, [new ScheduledPost("e1:lesebestilling", Start.AddMinutes(5))], CancellationToken.None);

        var marker = Assert.Single(await PendingAsync(node));

        Assert.Equal(TriggerState.Paused, marker.State);
    }

    private Task<SchedulerNode> StartNodeAsync() => SchedulerNode.StartAsync(Settings(), _clock, _dispatcher, _reporter);

    private static async Task<IReadOnlyList<TriggerHeader>> PendingAsync(SchedulerNode node)
    {
        var quartz = await node.QuartzAsync();
        var page = await quartz.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals("post:" + Plan), Take = PagedQuery.All });
        return page.Items;
    }

    /// <summary>The scope's due triggers, one per instant with posts still to go.</summary>
    private static async Task<IReadOnlyList<TriggerHeader>> DueAsync(SchedulerNode node)
    {
        var quartz = await node.QuartzAsync();
        var page = await quartz.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals("due:" + Plan), Take = PagedQuery.All });
        return page.Items;
    }

    /// <summary>
    /// Everything fired and recorded as complete: no trigger left in the store at all (a recovery
    /// trigger lives outside the plan's group).
    /// </summary>
    private static async Task WaitUntilAllFiredAsync(SchedulerNode node)
    {
        var quartz = await node.QuartzAsync();
        await Eventually.HoldsAsync(
            async () => (await quartz.QueryTriggers(new TriggerQuery { Take = PagedQuery.All })).Items.Count == 0,
            "every trigger fired and completed");
    }
}
