using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Bot.Features.Installation;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Testing.Outbox;

namespace SkoleUtvikling.Tests.Integration.Storage.Outbox;

/// <summary>What the worker sends where, on every backend.</summary>
public abstract class OutboxDeliveryTests : OutboxTestBase
{
    [Fact]
    public async Task Send_reply_and_update_reach_their_paths_and_record_the_new_ids()
    {
        await using var host = NewHost();
        await host.StartAsync();

        await host.EnqueueAsync([
            Send(Tenant, "19:c1@thread.tacv2", "ny melding"),
            OutboxMessages.Reply(Fake.ServiceUrl, Tenant, "19:c1@thread.tacv2;messageid=17", "17", "svar i tråden"),
            OutboxMessages.Update(Fake.ServiceUrl, Tenant, "a:1u", "1700000000099", "oppdatert kort"),
        ]);
        var rows = await WaitAllSentAsync(host, 3);

        var byRoute = Fake.Calls.ToDictionary(c => c.Route);
        Assert.Equal("/amer/v3/conversations/19%3Ac1%40thread.tacv2/activities", byRoute["send"].RawTarget);
        Assert.Equal("/amer/v3/conversations/19%3Ac1%40thread.tacv2%3Bmessageid%3D17/activities/17", byRoute["reply"].RawTarget);
        Assert.Equal(("PUT", "1700000000099"), (byRoute["update"].Method, byRoute["update"].ActivityId));
        Assert.Equal(Fake.Activities.Single(a => a.Kind == "send").ActivityId, rows[0].ResultActivityId);
        Assert.Equal("1700000000099", rows[2].ResultActivityId);
        Assert.Equal([201, 201, 200], rows.Select(r => r.LastStatusCode ?? 0));
        var attempts = await OutboxRecords.AttemptsAsync(host.Database);
        Assert.Equal(["Send", "Reply", "Update"], attempts.OrderBy(a => a.OutboxId).Select(a => a.Call));
        Assert.All(attempts, a => Assert.Equal(host.Worker.OwnerId, a.Owner));
    }

    [Fact]
    public async Task A_dedupe_key_enqueued_twice_is_one_row_and_one_send()
    {
        await using var host = NewHost();
        await host.StartAsync();

        var first = await host.EnqueueAsync([Send(Tenant, "19:c1", "velkommen")]);
        var second = await host.EnqueueAsync([Send(Tenant, "19:c1", "velkommen")]);
        await WaitAllSentAsync(host, 1);
        await host.StopAsync();

        Assert.Equal((1, 0), (first, second));
        Assert.Single(Fake.Activities);
    }

    [Fact]
    public async Task A_newer_state_replaces_the_unsent_ones_of_its_prefix_in_its_conversation_only()
    {
        await using var host = NewHost();
        await host.EnqueueAsync([Count("19:c1", "count:r1:0:3")]);
        await host.StartAsync();
        await WaitAllSentAsync(host, 1);
        await host.StopAsync();
        await using var later = NewHost();

        // Not started: nothing below is claimed while the newer state arrives.
        await later.EnqueueAsync([Count("19:c1", "count:r1:1:3"), Count("19:c1", "count:r1:2:3"), Count("19:c1", "count:r12:1:3"),
            Count("19:c1", "other:r1:1"), Count("19:c2", "count:r1:1:3:c2")]);
        var resent = await later.EnqueueReplacingAsync(Count("19:c1", "count:r1:0:3"), "count:r1:");
        var newest = await later.EnqueueReplacingAsync(Count("19:c1", "count:r1:3:3"), "count:r1:");

        Assert.Equal((0, 1), (resent, newest));
        var keys = (await RowsAsync(later)).Select(r => r.DedupeKey).ToList();
        Assert.Equal(["count:r1:0:3", "count:r12:1:3", "other:r1:1", "count:r1:1:3:c2", "count:r1:3:3"], keys);
        await later.StartAsync();
        await WaitAllSentAsync(later, 5);
        Assert.Equal(["count:r1:0:3", "count:r12:1:3", "other:r1:1", "count:r1:3:3"],
            Fake.Activities.Where(a => a.ConversationId == "19:c1").Select(a => a.Text));
    }

    private OutboxMessage Count(string conversationId, string key) =>
        OutboxMessages.Update(Fake.ServiceUrl, Tenant, conversationId, "1:post", key) with { DedupeKey = key };

    [Fact]
    public async Task A_personal_message_opens_the_1to1_once_remembers_it_and_reuses_it()
    {
        await using var host = NewHost();
        await host.StartAsync();

        await host.EnqueueAsync([
            OutboxMessages.Personal(Fake.ServiceUrl, Tenant, "29:ola", "påminnelse 1"),
            OutboxMessages.Personal(Fake.ServiceUrl, Tenant, "29:ola", "påminnelse 2"),
            OutboxMessages.Personal(Fake.ServiceUrl, Tenant, "29:kari", "påminnelse 1"),
        ]);
        var rows = await WaitAllSentAsync(host, 3);

        var creates = Fake.Calls.Where(c => c.Route == "create").ToList();
        Assert.Equal(["29:kari", "29:ola"], creates.Select(c => c.Body!["members"]![0]!["id"]!.GetValue<string>()).Order());
        var olaChat = rows[0].ResultConversationId!;
        Assert.StartsWith("a:", olaChat, StringComparison.Ordinal);
        Assert.Equal(olaChat, rows[1].ResultConversationId);
        Assert.Equal(["påminnelse 1", "påminnelse 2"], Fake.ActivitiesIn(olaChat).Select(a => a.Text));
        Assert.Equal(olaChat, Fake.ActivitiesIn(olaChat)[0].Activity["conversation"]!["id"]!.GetValue<string>());
        Assert.False(await OutboxRecords.IsBlockedAsync(host.Database, olaChat));
        var attempts = await OutboxRecords.AttemptsAsync(host.Database);
        Assert.Equal(["CreateConversation", "Send"], attempts.Where(a => a.OutboxId == rows[0].Id).Select(a => a.Call));
        Assert.Equal(["Send"], attempts.Where(a => a.OutboxId == rows[1].Id).Select(a => a.Call));
    }

    [Fact]
    public async Task A_personal_message_to_a_user_who_wrote_to_the_bot_uses_the_known_1to1()
    {
        await using var host = NewHost();
        await new ConversationRecorder(host.Database, host.Closed, Clock).RecordAsync(new Activity
        {
            Type = ActivityTypes.Message,
            ServiceUrl = Fake.ServiceUrl,
            From = new ChannelAccount { Id = "29:ola", Name = "Ola" },
            Recipient = new ChannelAccount { Id = OutboxMessages.BotId },
            Conversation = new ConversationAccount { Id = "a:known", ConversationType = ConversationTypes.Personal, TenantId = Tenant },
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = Tenant } },
        }, default);
        await host.StartAsync();

        await host.EnqueueAsync([OutboxMessages.Personal(Fake.ServiceUrl, Tenant, "29:ola", "hei igjen")]);
        await WaitAllSentAsync(host, 1);

        Assert.DoesNotContain(Fake.Calls, c => c.Route == "create");
        Assert.Equal("hei igjen", Assert.Single(Fake.ActivitiesIn("a:known")).Text);
    }

    [Fact]
    public async Task Rows_of_one_conversation_are_sent_in_order_while_conversations_go_side_by_side()
    {
        await using var host = NewHost();
        await host.StartAsync();

        var messages = Enumerable.Range(0, 20).SelectMany(i => new[] { Send(Tenant, "19:a", $"a{i:00}"), Send(Tenant, "19:b", $"b{i:00}") });
        await host.EnqueueAsync(messages);
        await WaitAllSentAsync(host, 40);

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"a{i:00}"), Fake.ActivitiesIn("19:a").Select(a => a.Text));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"b{i:00}"), Fake.ActivitiesIn("19:b").Select(a => a.Text));
        // Side by side: b's first message did not wait for all of a's.
        Assert.True(Fake.ActivitiesIn("19:b")[0].Sequence < Fake.ActivitiesIn("19:a")[19].Sequence);
    }
}
