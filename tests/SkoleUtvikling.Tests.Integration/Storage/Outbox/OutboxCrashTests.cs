using Dapper;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Bot.Storage.Queue;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Testing.Outbox;
using Xunit.Abstractions;

namespace SkoleUtvikling.Tests.Integration.Storage.Outbox;

/// <summary>
/// Workers that stop, die or run side by side on one database: every row is delivered, and the
/// only way to deliver one twice is a crash in the middle of its call, which the row then records.
/// </summary>
public abstract class OutboxCrashTests(ITestOutputHelper output) : OutboxTestBase
{
    private const int Conversations = 30;
    private const int PerConversation = 10;

    [Fact]
    public async Task An_abrupt_stop_mid_batch_and_a_new_worker_deliver_every_row_exactly_once()
    {
        // Slow answers keep calls under way when the stop comes.
        Fake.Faults.Add(FakeFault.Slow(TimeSpan.FromMilliseconds(500)), times: null);
        var first = NewHost();
        await first.EnqueueAsync(Batch(Fake.ServiceUrl));
        await first.StartAsync();
        await Fake.WaitUntilAsync(f => f.Activities.Count >= 100, TimeSpan.FromSeconds(60), "100 activities");

        var inFlightAtStop = first.Worker.InFlight;
        await first.StopAbruptlyAsync();
        var second = NewHost();
        await second.StartAsync();
        var rows = await WaitAllSentAsync(second, Conversations * PerConversation);
        await first.Worker.ExecuteTask!;

        Assert.True(inFlightAtStop > 0, "the first worker had nothing in hand when stopped; the test proves nothing");
        output.WriteLine($"{Dialect}: {inFlightAtStop} rows in hand at the abrupt stop; each of {rows.Count} delivered once");
        AssertEachTextOnce(Fake.Activities);
        var owners = (await OutboxRecords.AttemptsAsync(second.Database)).Select(a => a.Owner).Distinct().ToList();
        Assert.Contains(second.Worker.OwnerId, owners);
        Assert.Contains(first.Worker.OwnerId, owners);
        Assert.All(rows, r => Assert.Equal(0, r.InterruptedAttempts));
        AssertOrderKept(Fake.Activities);
    }

    [Fact]
    public async Task A_killed_worker_process_leaves_rows_in_doubt_that_are_sent_again_and_flagged()
    {
        var (rows, activities, crashed) = await KillMidBatchAndTakeOverAsync(InDoubtPolicy.Resend);

        // Flagged: in doubt after the kill, or after a call that timed out on a busy machine; both are resent.
        var flagged = rows.Where(r => r.InterruptedAttempts > 0).Select(r => r.DedupeKey).ToHashSet();
        var twice = activities.GroupBy(a => Key(a)).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        output.WriteLine($"{Dialect}: after SIGKILL {crashed.Count} rows were in doubt and resent ({flagged.Count} flagged in all); {twice.Count} arrived twice");
        Assert.All(rows, r => Assert.Equal("sent", r.Status));
        Assert.Equal(rows.Select(r => r.DedupeKey).Order(), activities.Select(Key).Distinct().Order());
        Assert.NotEmpty(crashed);
        Assert.True(crashed.Count <= 16, $"{crashed.Count} rows in doubt after the kill, more than could be in flight");
        // Every row in doubt is flagged; flagged may hold more (timeouts), so crashed is the subset.
        Assert.Superset(crashed, flagged);
        Assert.True(twice.IsSubsetOf(flagged), $"arrived twice without being flagged: {string.Join(", ", twice.Except(flagged))}");
        // A row is sent again only after an attempt whose outcome is unknown: on a loaded machine a row can time out
        // twice in the killed process (1.5 s for a 300 ms answer) and arrive three times, never more than that allows.
        var interrupted = rows.ToDictionary(r => r.DedupeKey, r => r.InterruptedAttempts);
        Assert.All(activities.GroupBy(Key), g => Assert.True(g.Count() <= 1 + interrupted[g.Key], $"{g.Key} arrived {g.Count()} times after {interrupted[g.Key]} attempts in doubt"));
    }

    [Fact]
    public async Task With_policy_hold_a_killed_worker_process_sends_nothing_twice_and_holds_what_is_in_doubt()
    {
        var (rows, activities, crashed) = await KillMidBatchAndTakeOverAsync(InDoubtPolicy.Hold);

        AssertEachTextAtMostOnce(activities);
        var held = rows.Where(r => r.Status == "dead").ToList();
        output.WriteLine($"{Dialect}: after SIGKILL {crashed.Count} rows were held; {crashed.Count(k => activities.Any(a => Key(a) == k))} of them had arrived once");
        Assert.NotEmpty(crashed);
        Assert.True(crashed.Count <= 16, $"{crashed.Count} rows held after the kill, more than could be in flight");
        Assert.Equal(crashed.Order(), held.Where(r => r.DeadReason!.Contains("interrupted", StringComparison.Ordinal)).Select(r => r.DedupeKey).Order());
        Assert.All(held, r => Assert.Contains("held", r.DeadReason, StringComparison.Ordinal));
        Assert.All(rows.Where(r => r.Status != "dead"), r => Assert.Equal("sent", r.Status));
        var delivered = activities.Select(Key).ToHashSet();
        Assert.All(rows.Where(r => r.Status == "sent"), r => Assert.Contains(r.DedupeKey, delivered));
    }

    [Fact]
    public async Task Two_workers_on_one_database_keep_order_and_send_each_row_once()
    {
        var settings = new Dictionary<string, string?> { ["Outbox:MaxConcurrentSends"] = "4" };
        var a = NewHost(settings);
        var b = NewHost(settings);
        await a.StartAsync();
        await b.StartAsync();
        await a.EnqueueAsync(Batch(Fake.ServiceUrl, conversations: 20));

        await WaitAllSentAsync(a, 20 * PerConversation);

        AssertEachTextOnce(Fake.Activities);
        AssertOrderKept(Fake.Activities);
        // Which worker wins each claim is a race (on a loaded machine one may take everything), so only
        // that no third owner ever sent is asserted; order and exactly-once are the properties that matter.
        var owners = (await OutboxRecords.AttemptsAsync(a.Database)).Select(x => x.Owner).ToHashSet();
        Assert.Subset(new HashSet<string> { a.Worker.OwnerId, b.Worker.OwnerId }, owners);
    }

    [Fact]
    public async Task An_expired_lease_is_taken_over_and_a_live_one_is_left_alone_until_it_expires()
    {
        var host = NewHost();
        await host.EnqueueAsync([Send(Tenant, "19:expired", "utløpt"), Send(Tenant, "19:live", "levende")]);
        var now = Clock.GetUtcNow();
        var liveUntil = now + TimeSpan.FromSeconds(30);
        await using (var c = await host.Database.OpenAsync())
        {
            await c.ExecuteAsync("UPDATE outbox SET lease_owner = 'dead-worker', lease_until_ms = @Past WHERE conversation_id = '19:expired'", new { Past = now.AddSeconds(-1).ToUnixTimeMilliseconds() });
            await c.ExecuteAsync("UPDATE outbox SET lease_owner = 'busy-worker', lease_until_ms = @Until WHERE conversation_id = '19:live'", new { Until = liveUntil.ToUnixTimeMilliseconds() });
        }

        await host.StartAsync();
        await WaitAllSentAsync(host, 2);

        var expired = Assert.Single(Fake.ActivitiesIn("19:expired"));
        var live = Assert.Single(Fake.ActivitiesIn("19:live"));
        Assert.True(expired.At < liveUntil, "the expired lease should have been taken over at once");
        Assert.True(live.At >= liveUntil, "a live lease was taken over before it expired");
        Assert.All(await OutboxRecords.AttemptsAsync(host.Database), x => Assert.Equal(host.Worker.OwnerId, x.Owner));
    }

    /// <summary>Starts the bot as a process, SIGKILLs it mid-batch, lets an in-process worker finish.</summary>
    /// <returns>The rows, what the fake received, and the rows whose call the kill cut (recorded as Interrupted).</returns>
    private async Task<(IReadOnlyList<OutboxRecord> Rows, IReadOnlyList<FakeActivity> Activities, HashSet<string> Crashed)> KillMidBatchAndTakeOverAsync(InDoubtPolicy policy)
    {
        // The other process cannot share the fast clock: both sides run on real time here.
        await using var fake = await FakeConnector.StartAsync(TimeProvider.System);
        fake.Faults.Add(FakeFault.Slow(TimeSpan.FromMilliseconds(300)), times: null);
        var settings = new Dictionary<string, string?>(Db.Settings)
        {
            ["Outbox:LeaseDuration"] = "00:00:05",
            ["Outbox:SendTimeout"] = "00:00:01.500",
            ["Outbox:MaxInlineWait"] = "00:00:00.500",
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Outbox:InDoubt"] = policy.ToString(),
        };
        // The survivor waits longer for answers: its own timeouts would only blur what the kill left.
        var survivor = NewHost(new Dictionary<string, string?>(settings) { ["Outbox:SendTimeout"] = "00:00:30", ["Outbox:LeaseDuration"] = "00:02:00" }, TimeProvider.System);
        await survivor.EnqueueAsync(Batch(fake.ServiceUrl));

        using (var doomed = BotProcess.Start(settings))
        {
            try
            {
                await fake.WaitUntilAsync(f => f.Activities.Count >= 100, TimeSpan.FromSeconds(60), "100 activities from the bot process");
            }
            catch (TimeoutException ex)
            {
                throw new TimeoutException($"{ex.Message}{Environment.NewLine}Bot process output:{Environment.NewLine}{doomed.Output}", ex);
            }

            await doomed.KillAsync();
        }

        await survivor.StartAsync();
        var rows = await WaitForRowsAsync(survivor, r => r.All(x => x.Status != "pending"), "every row settled after the kill");
        var crashedIds = (await OutboxRecords.AttemptsAsync(survivor.Database))
            .Where(a => a.ErrorCode == OutboxAttempt.Interrupted && a.Owner != survivor.Worker.OwnerId)
            .Select(a => a.OutboxId)
            .ToHashSet();
        return (rows, fake.Activities, rows.Where(r => crashedIds.Contains(r.Id)).Select(r => r.DedupeKey).ToHashSet());
    }

    private static IEnumerable<OutboxMessage> Batch(string serviceUrl, int conversations = Conversations) =>
        Enumerable.Range(0, PerConversation).SelectMany(i => Enumerable.Range(0, conversations).Select(c =>
            OutboxMessages.Send(serviceUrl, c % 2 == 0 ? Tenant : OtherTenant, $"19:c{c:00}", $"m{i:00}")));

    /// <summary>The dedupe key the builder gives a text in a conversation: <c>test:{conversation}:{text}</c>.</summary>
    private static string Key(FakeActivity a) => $"test:{a.ConversationId}:{a.Text}";

    private static void AssertEachTextOnce(IReadOnlyList<FakeActivity> activities)
    {
        var twice = activities.GroupBy(Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, $"delivered twice: {string.Join(", ", twice)}");
    }

    private static void AssertEachTextAtMostOnce(IReadOnlyList<FakeActivity> activities) => AssertEachTextOnce(activities);

    private static void AssertOrderKept(IReadOnlyList<FakeActivity> activities)
    {
        foreach (var conversation in activities.GroupBy(a => a.ConversationId))
        {
            var texts = conversation.Select(a => a.Text).ToList();
            Assert.Equal(texts.Order(StringComparer.Ordinal), texts);
        }
    }
}
