using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Features.Installation;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Testing.Outbox;

namespace SkoleUtvikling.Tests.Integration.Storage.Outbox;

/// <summary>What the worker does when the Connector says no (protocol.md §5), on every backend.</summary>
public abstract class OutboxFailureTests : OutboxTestBase
{
    [Fact]
    public async Task A_429_with_retry_after_pauses_the_tenant_and_nothing_reaches_it_before_then()
    {
        await using var host = NewHost();
        Fake.Faults.Add(FakeFault.Throttle(TimeSpan.FromSeconds(20)), when: c => c.Route == "send");
        await host.StartAsync();

        await host.EnqueueAsync([Send(Tenant, "19:c0", "først")]);
        await WaitForRowsAsync(host, rows => rows.Single().LastStatusCode == 429, "the first send to be throttled");
        var throttled = Fake.Calls.Single(c => c.Status == 429);
        var pauseEnds = throttled.ReceivedAt + TimeSpan.FromSeconds(20);
        var later = Enumerable.Range(1, 5).SelectMany(i => new[] { Send(Tenant, $"19:c{i}", "x"), Send(OtherTenant, $"19:o{i}", "y") });
        await host.EnqueueAsync(later);
        var rows = await WaitAllSentAsync(host, 11);

        var tenantCalls = Fake.Calls.Where(c => c.TenantId == Tenant && c.Sequence > throttled.Sequence).ToList();
        Assert.Equal(6, tenantCalls.Count);
        Assert.All(tenantCalls, c => Assert.True(c.ReceivedAt >= pauseEnds, $"{c.ConversationId} reached the fake {pauseEnds - c.ReceivedAt} before the pause ended"));
        Assert.Contains(Fake.Calls, c => c.TenantId == OtherTenant && c.ReceivedAt < pauseEnds);
        var first = (await OutboxRecords.AttemptsAsync(host.Database)).Where(a => a.OutboxId == rows[0].Id).ToList();
        Assert.Equal([(429, "Throttled", (long?)20_000), (201, null, null)], first.Select(a => (a.StatusCode, a.ErrorCode, a.RetryAfterMs)));
        Assert.Equal(2, rows[0].Attempts);
        Assert.DoesNotContain(Fake.Calls, c => c.WasRateLimited);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_growing_backoff_until_delivered()
    {
        await using var host = NewHost(new Dictionary<string, string?> { ["Outbox:RetryBaseDelay"] = "00:00:02" });
        Fake.Faults.Add(FakeFault.Error(503, "ServiceError"), times: 2);
        Fake.Faults.Add(FakeFault.Error(502));
        await host.StartAsync();

        await host.EnqueueAsync([Send(Tenant, "19:c1", "kommer fram")]);
        var row = (await WaitAllSentAsync(host, 1)).Single();

        var attempts = await OutboxRecords.AttemptsAsync(host.Database);
        Assert.Equal([503, 503, 502, 201], attempts.Select(a => a.StatusCode));
        Assert.Equal([1, 2, 3, 4], attempts.Select(a => a.Attempt));
        Assert.Equal(4, row.Attempts);
        // Backoff with jitter: attempt n waits at least half of 2 s · 2^(n−1).
        var gaps = attempts.Zip(attempts.Skip(1), (a, b) => b.StartedAtMs - a.FinishedAtMs).ToList();
        Assert.True(gaps[0] >= 1_000 && gaps[1] >= 2_000 && gaps[2] >= 4_000, $"gaps were {string.Join(", ", gaps)} ms");
        Assert.Equal("kommer fram", Assert.Single(Fake.Activities).Text);
    }

    [Fact]
    public async Task A_blocked_conversation_stops_the_row_blocks_the_conversation_and_its_later_rows_until_the_user_writes()
    {
        await using var host = NewHost();
        // The bot's own recorder, which by now believes the chat open (it asked once, on the second message).
        var recorder = new ConversationRecorder(host.Database, host.Closed, Clock);
        await recorder.RecordAsync(Inbound("a:blocked", "29:ola", "first"), default);
        await recorder.RecordAsync(Inbound("a:blocked", "29:ola", "second"), default);
        Fake.Faults.Add(FakeFault.Error(403, "ConversationBlockedByUser"), when: c => c.ConversationId == "a:blocked");
        await host.StartAsync();

        await host.EnqueueAsync([Send(Tenant, "a:blocked", "hemmelig innhold 1"), Send(Tenant, "a:blocked", "hemmelig innhold 2"), Send(Tenant, "19:open", "åpen")]);
        var rows = await WaitForRowsAsync(host, r => r.Count == 3 && r.All(x => x.Status != "pending"), "all rows settled");

        Assert.Equal(("dead", 403, "ConversationBlockedByUser"), (rows[0].Status, rows[0].LastStatusCode, rows[0].LastErrorCode));
        Assert.Contains("ConversationBlockedByUser", rows[0].DeadReason, StringComparison.Ordinal);
        Assert.Equal("dead", rows[1].Status);
        Assert.Contains("closed by an earlier row", rows[1].DeadReason, StringComparison.Ordinal);
        Assert.Equal("sent", rows[2].Status);
        Assert.True(await OutboxRecords.IsBlockedAsync(host.Database, "a:blocked"));
        Assert.Single(Fake.Calls, c => c.ConversationId == "a:blocked");
        var attempt = Assert.Single(await OutboxRecords.AttemptsAsync(host.Database), a => a.OutboxId == rows[0].Id);
        Assert.Equal((403, "ConversationBlockedByUser"), (attempt.StatusCode, attempt.ErrorCode));
        Assert.NotNull(attempt.CorrelationId);

        // A row enqueued while blocked is stopped without a call; once the user writes, rows go out again.
        await host.EnqueueAsync([Send(Tenant, "a:blocked", "mens blokkert")]);
        var whileBlocked = (await WaitForRowsAsync(host, r => r.Count == 4 && r[3].Status == "dead", "the row enqueued while blocked to stop"))[3];
        Assert.Contains("blocked", whileBlocked.DeadReason, StringComparison.Ordinal);
        await recorder.RecordAsync(Inbound("a:blocked", "29:ola", "back"), default);
        await host.EnqueueAsync([Send(Tenant, "a:blocked", "etter at brukeren skrev")]);
        await WaitForRowsAsync(host, r => r.Count == 5 && r[4].Status == "sent", "the row after unblocking to be sent");
        Assert.Equal(["etter at brukeren skrev"], Fake.ActivitiesIn("a:blocked").Select(a => a.Text));
        Assert.False(await OutboxRecords.IsBlockedAsync(host.Database, "a:blocked"));

        // Logs carry ids and codes, never what was written.
        Assert.DoesNotContain(host.Logs.Entries, l => l.Message.Contains("hemmelig", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Entries, l => l.EventId == 2113 && l.Message.Contains("a:blocked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_chat_another_replica_closed_is_opened_again_by_the_users_message_within_ten_seconds()
    {
        await using var host = NewHost();
        var clock = new FakeTimeProvider(Clock.GetUtcNow());
        var recorder = new ConversationRecorder(host.Database, host.Closed, clock);
        await recorder.RecordAsync(Inbound("a:elsewhere", "29:ola", "first"), default);
        await recorder.RecordAsync(Inbound("a:elsewhere", "29:ola", "second"), default);
        // Another replica's worker closes the chat; this process's recorder is not told and still believes it open.
        await host.Database.ExecuteAsync("UPDATE conversations SET blocked = TRUE WHERE conversation_id = 'a:elsewhere'", new { });

        clock.Advance(TimeSpan.FromSeconds(4.9));
        await recorder.RecordAsync(Inbound("a:elsewhere", "29:ola", "within the belief"), default);
        Assert.True(await OutboxRecords.IsBlockedAsync(host.Database, "a:elsewhere"), "asked the database again within the belief");

        clock.Advance(TimeSpan.FromSeconds(5.2));
        await recorder.RecordAsync(Inbound("a:elsewhere", "29:ola", "after it"), default);
        Assert.False(await OutboxRecords.IsBlockedAsync(host.Database, "a:elsewhere"));
    }

    [Theory]
    [InlineData(403, "BotNotInConversationRoster", true)]
    [InlineData(404, "ConversationNotFound", true)]
    [InlineData(413, "MessageSizeTooBig", false)]
    [InlineData(401, "BotNotRegistered", false)]
    [InlineData(400, "BadArgument", false)]
    public async Task A_permanent_error_stops_the_row_after_one_attempt(int status, string code, bool closesConversation)
    {
        await using var host = NewHost();
        Fake.Faults.Add(FakeFault.Error(status, code));
        await host.StartAsync();

        await host.EnqueueAsync([Send(Tenant, "19:c1", "1"), Send(Tenant, "19:c1", "2")]);
        var rows = await WaitForRowsAsync(host, r => r.Count == 2 && r.All(x => x.Status != "pending"), "both rows settled");

        Assert.Equal(("dead", 1, status, code), (rows[0].Status, rows[0].Attempts, rows[0].LastStatusCode, rows[0].LastErrorCode));
        Assert.Equal(closesConversation ? "dead" : "sent", rows[1].Status);
        Assert.Equal(closesConversation ? 1 : 2, Fake.Calls.Count);
    }

    [Fact]
    public async Task A_timed_out_send_is_sent_again_and_the_row_says_it_may_have_arrived_twice()
    {
        await using var host = NewHost(new Dictionary<string, string?> { ["Outbox:SendTimeout"] = "00:00:10", ["Outbox:LeaseDuration"] = "00:05:00" });
        Fake.Faults.Add(FakeFault.Slow(TimeSpan.FromSeconds(60)));
        await host.StartAsync();

        await host.EnqueueAsync([Send(Tenant, "19:c1", "treg")]);
        var row = (await WaitAllSentAsync(host, 1)).Single();

        Assert.Equal(2, Fake.Activities.Count);
        Assert.Equal((2, 1), (row.Attempts, row.InterruptedAttempts));
        Assert.Equal([(0, "Timeout"), (201, null)], (await OutboxRecords.AttemptsAsync(host.Database)).Select(a => (a.StatusCode, a.ErrorCode)));
    }

    [Fact]
    public async Task With_policy_hold_a_timed_out_send_is_stopped_instead_of_sent_twice()
    {
        await using var host = NewHost(new Dictionary<string, string?>
        {
            ["Outbox:SendTimeout"] = "00:00:10",
            ["Outbox:LeaseDuration"] = "00:05:00",
            ["Outbox:InDoubt"] = "Hold",
        });
        Fake.Faults.Add(FakeFault.Slow(TimeSpan.FromSeconds(60)));
        await host.StartAsync();

        await host.EnqueueAsync([Send(Tenant, "19:c1", "treg")]);
        var row = (await WaitForRowsAsync(host, r => r.Single().Status == "dead", "the row to be held")).Single();

        Assert.Single(Fake.Activities);
        Assert.Contains("held", row.DeadReason, StringComparison.Ordinal);
        Assert.Equal(1, row.InterruptedAttempts);
    }

    private static Activity Inbound(string conversationId, string userId, string id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        From = new ChannelAccount { Id = userId, Name = "Ola" },
        Recipient = new ChannelAccount { Id = OutboxMessages.BotId },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = ConversationTypes.Personal, TenantId = Tenant },
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = Tenant } },
    };
}
