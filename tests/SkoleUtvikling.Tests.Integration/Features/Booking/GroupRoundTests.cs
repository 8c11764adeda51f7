using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Features.Booking;
using SkoleUtvikling.Bot.Features.Plan;
using SkoleUtvikling.Cards.Booking;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Scheduling.Plan;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Tests.Integration.Features.Reflection;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Booking;

/// <summary>
/// Issue 15, on the real bot with the 002 plan: LP's flexible meeting of 1 October (window 26 September – 6 October)
/// asks for notes; its lesebestilling is posted in LP's channel, and each registered nettverksgruppe (Gruppe 3 in a
/// channel of the same team, Gruppe 4 in a team of its own) gets its own round in a copy of the post in its channel,
/// due at its own booked slot or at the window's end. A booking, a move and a cancel move the group's round's
/// deadline and re-plan its reminders. A group registered after the announcement gets it when it is registered.
/// </summary>
public sealed class GroupRoundTests
{
    internal const string Group3Channel = "19:gruppe3kanal7c1d2e3f4a5b6c7d8e9f0a1b@thread.tacv2";
    internal const string Team4 = "19:team4b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f@thread.tacv2";
    internal const string Group4Channel = "19:gruppe4kanal8d2e3f4a5b6c7d8e9f0a1b2c@thread.tacv2";
    private const string Group3 = "nettverksgruppe:gruppe-3";
    private const string Group4 = "nettverksgruppe:gruppe-4";

    /// <summary>Gruppe 3 booked Tuesday 29 September 12.00 Oslo.</summary>
    private static readonly DateTimeOffset Group3Slot = new(2020, 9, 29, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The end of the window's last day, Tuesday 6 October (Oslo).</summary>
    private static readonly DateTimeOffset WindowEnd = new(2020, 10, 6, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Each_group_has_its_own_round_in_its_channel_due_at_its_own_slot_and_the_deadline_follows_the_booking()
    {
        await using var teams = await StartWithGroupsAsync();
        var eventKey = await EventKeyAsync(teams);
        Assert.Contains("har booket", (await BookAsync(teams, Group3Channel, TeamId, Ola, eventKey, 0, "2020-09-29", "12:00")).ActionText, StringComparison.Ordinal);
        await teams.OutboxDrainedAsync();

        await PostLesebestillingAsync(teams, eventKey);
        await teams.OutboxDrainedAsync();

        // One round per group, none for the meeting as a whole; each in its group's channel, with its group's people.
        var rounds = await RoundsAsync(teams, eventKey);
        Assert.Equal([$"{eventKey}#{Group3}", $"{eventKey}#{Group4}"], rounds.Select(r => r.Subject).Order(StringComparer.Ordinal).ToArray());
        var g3 = rounds.Single(r => r.Subject.EndsWith(Group3, StringComparison.Ordinal));
        var g4 = rounds.Single(r => r.Subject.EndsWith(Group4, StringComparison.Ordinal));
        Assert.Equal((Group3Channel, Group3Slot.ToUnixTimeMilliseconds()), (g3.ChannelId, g3.DeadlineAtMs));
        Assert.Equal((Group4Channel, WindowEnd.ToUnixTimeMilliseconds()), (g4.ChannelId, g4.DeadlineAtMs));
        Assert.Equal([Ola.Id, Per.Id, Siri.Id], await ParticipantsAsync(teams, g3.RoundId));
        Assert.Equal([Nils.Id, Siri.Id], await ParticipantsAsync(teams, g4.RoundId));

        // LP's channel gets the post saying where the notes are written; each group's channel a copy with its round.
        var programmePost = Json(Assert.Single(teams.Connector.ActivitiesIn(Channel), a => Json(a.Activity).Contains("skrives i hver nettverksgruppes kanal (2 grupper)", StringComparison.Ordinal)).Activity);
        Assert.Contains("Les kapittel 2 i modul 2.", programmePost, StringComparison.Ordinal);
        Assert.DoesNotContain("Skriv refleksjonsnotat", programmePost, StringComparison.Ordinal);
        var copy3 = Json(Assert.Single(teams.Connector.ActivitiesIn(Group3Channel), a => Json(a.Activity).Contains("Skriv refleksjonsnotat", StringComparison.Ordinal)).Activity);
        Assert.Contains("Gruppe 3", copy3, StringComparison.Ordinal);
        Assert.Contains(g3.RoundId, copy3, StringComparison.Ordinal);
        Assert.Contains("29.09.2020", copy3, StringComparison.Ordinal);
        var copy4 = Json(Assert.Single(teams.Connector.ActivitiesIn(Group4Channel), a => Json(a.Activity).Contains("Skriv refleksjonsnotat", StringComparison.Ordinal)).Activity);
        Assert.Contains(g4.RoundId, copy4, StringComparison.Ordinal);

        // Nils (Gruppe 4's team only) cannot write in Gruppe 3's round, not even with its id; Ola can.
        Assert.Contains(Bot.Features.Reflection.ReflectionTexts.NotInRound, Json((await FetchDialogAsync(teams, Group3Channel, TeamId, Nils, g3.RoundId)).Body), StringComparison.Ordinal);
        Assert.Equal("continue", (await FetchDialogAsync(teams, Group3Channel, TeamId, Ola, g3.RoundId)).TaskType);
        Assert.Equal("continue", (await FetchDialogAsync(teams, Group4Channel, Team4, Nils, g4.RoundId)).TaskType);

        // The firing run again (a retry) posts and opens nothing more.
        await PostLesebestillingAsync(teams, eventKey);
        await teams.OutboxDrainedAsync();
        Assert.Equal(2, (await RoundsAsync(teams, eventKey)).Count);
        Assert.Single(teams.Connector.ActivitiesIn(Group3Channel), a => a.Kind != "update" && Json(a.Activity).Contains("Skriv refleksjonsnotat", StringComparison.Ordinal));

        // Each round's reminders come from its own deadline: Gruppe 3 on Friday 25 (two days before, moved back from
        // Sunday) and on Tuesday 29 September at 08.00; Gruppe 4, due at midnight after 6 October, on Monday 5 October.
        Assert.Equal(["remind-202009250600", "remind-202009290600"], Reminders(await JobsAsync(teams, g3.RoundId)));
        Assert.Equal(["remind-202010050600"], Reminders(await JobsAsync(teams, g4.RoundId)));

        // Per moves Gruppe 3 to Wednesday 30 September 09.00: the deadline and the reminders move, none is doubled,
        // and the post in the group's channel shows the new deadline.
        Assert.Contains("onsdag 30. september kl. 09.00–12.00", (await BookAsync(teams, Group3Channel, TeamId, Per, eventKey, 1, "2020-09-30", "09:00")).ActionText, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2020, 9, 30, 7, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), (await RoundsAsync(teams, eventKey)).Single(r => r.RoundId == g3.RoundId).DeadlineAtMs);
        var moved = await JobsAsync(teams, g3.RoundId);
        Assert.Equal(["remind-202009280600", "remind-202009300600"], Reminders(moved));
        Assert.Equal(moved.Count, moved.Distinct(StringComparer.Ordinal).Count());
        Assert.Single(moved, j => j.EndsWith("/escalate", StringComparison.Ordinal));
        Assert.All(moved.Where(j => j.Contains("/chase-", StringComparison.Ordinal)), j => Assert.True(string.CompareOrdinal(j[(j.LastIndexOf('-') + 1)..], "202009300700") > 0, j));
        await teams.OutboxDrainedAsync();
        Assert.Contains(teams.Connector.ActivitiesIn(Group3Channel), a => a.Kind == "update" && Json(a.Activity).Contains("30.09.2020", StringComparison.Ordinal));
        // Gruppe 4's round did not move.
        Assert.Equal(WindowEnd.ToUnixTimeMilliseconds(), (await RoundsAsync(teams, eventKey)).Single(r => r.RoundId == g4.RoundId).DeadlineAtMs);
        Assert.Equal(["remind-202010050600"], Reminders(await JobsAsync(teams, g4.RoundId)));

        // Told twice (a retry) it moves once: nothing changes.
        var follower = teams.Host.Services.GetServices<IMeetingSlotListener>().Single();
        var slot = new MeetingSlot(new DateTimeOffset(2020, 9, 30, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2020, 9, 30, 10, 0, 0, TimeSpan.Zero), null);
        await follower.SlotChangedAsync(new MeetingSlotChange(Tenant, eventKey, Group3, Group3Channel, slot, slot.Start), CancellationToken.None);
        Assert.Equal(moved, await JobsAsync(teams, g3.RoundId));

        // Ola cancels: back to the window's end.
        Assert.Contains("har avlyst", (await PressAsync(teams, Group3Channel, TeamId, Ola, eventKey, BookingVerbs.Cancel, 2)).ActionText, StringComparison.Ordinal);
        Assert.Equal(WindowEnd.ToUnixTimeMilliseconds(), (await RoundsAsync(teams, eventKey)).Single(r => r.RoundId == g3.RoundId).DeadlineAtMs);
        Assert.Equal(["remind-202010050600"], Reminders(await JobsAsync(teams, g3.RoundId)));

        // Gruppe 5, registered now (after the lesebestilling went out), gets its copy and its own round at once;
        // nothing is posted again to LP's channel or to the other groups.
        const string group5Channel = "19:gruppe5kanal9e3f4a5b6c7d8e9f0a1b2c3d@thread.tacv2";
        (await SayInAsync(teams, group5Channel, TeamId, Kari, "enhet nettverksgruppe Gruppe 5")).EnsureSuccessStatusCode();
        await teams.OutboxDrainedAsync();
        var g5 = (await RoundsAsync(teams, eventKey)).Single(r => r.Subject == $"{eventKey}#nettverksgruppe:gruppe-5");
        Assert.Equal((group5Channel, WindowEnd.ToUnixTimeMilliseconds()), (g5.ChannelId, g5.DeadlineAtMs));
        Assert.Contains(g5.RoundId, Json(Assert.Single(teams.Connector.ActivitiesIn(group5Channel), a => Json(a.Activity).Contains("Skriv refleksjonsnotat", StringComparison.Ordinal)).Activity), StringComparison.Ordinal);
        Assert.Equal(3, (await RoundsAsync(teams, eventKey)).Count);
        Assert.Single(teams.Connector.ActivitiesIn(Channel), a => Json(a.Activity).Contains("skrives i hver nettverksgruppes kanal", StringComparison.Ordinal));
        Assert.Single(teams.Connector.ActivitiesIn(Group4Channel), a => a.Kind != "update" && Json(a.Activity).Contains("Skriv refleksjonsnotat", StringComparison.Ordinal));

        // Gruppe 4 books Thursday 1 October 09.00: its own round follows.
        Assert.Contains("har booket", (await BookAsync(teams, Group4Channel, Team4, Nils, eventKey, 0, "2020-10-01", "09:00")).ActionText, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2020, 10, 1, 7, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), (await RoundsAsync(teams, eventKey)).Single(r => r.RoundId == g4.RoundId).DeadlineAtMs);
        Assert.Equal(["remind-202009290600", "remind-202010010600"], Reminders(await JobsAsync(teams, g4.RoundId)));
    }

    [Fact]
    public async Task A_booking_whose_round_was_not_moved_before_a_stop_moves_it_at_the_next_start()
    {
        await using var teams = await StartWithGroupsAsync();
        var eventKey = await EventKeyAsync(teams);
        Assert.Contains("har booket", (await BookAsync(teams, Group3Channel, TeamId, Ola, eventKey, 0, "2020-09-29", "12:00")).ActionText, StringComparison.Ordinal);
        await PostLesebestillingAsync(teams, eventKey);
        await teams.OutboxDrainedAsync();
        var g3 = (await RoundsAsync(teams, eventKey)).Single(r => r.Subject.EndsWith(Group3, StringComparison.Ordinal));
        Assert.Equal(Group3Slot.ToUnixTimeMilliseconds(), g3.DeadlineAtMs);

        // A move committed, then the bot stopped before the round followed it: only the booking row changed.
        var wednesday = new DateTimeOffset(2020, 9, 30, 7, 0, 0, TimeSpan.Zero);
        await using (var db = await teams.OpenAsync())
        {
            Assert.Equal(1, await db.ExecuteAsync(
                "UPDATE bookings SET version = version + 1, meeting_date = '2020-09-30', start_time = '09:00', starts_at_ms = @Start, ends_at_ms = @End WHERE unit_id = @Unit",
                new { Start = wednesday.ToUnixTimeMilliseconds(), End = wednesday.AddHours(3).ToUnixTimeMilliseconds(), Unit = Group3 }));
        }

        Assert.Equal(Group3Slot.ToUnixTimeMilliseconds(), (await RoundsAsync(teams, eventKey)).Single(r => r.RoundId == g3.RoundId).DeadlineAtMs);

        // The start's sweep tells the round where the booking stands: the deadline and the reminders follow.
        await RunStartSweepAsync(teams);
        Assert.Equal(wednesday.ToUnixTimeMilliseconds(), (await RoundsAsync(teams, eventKey)).Single(r => r.RoundId == g3.RoundId).DeadlineAtMs);
        Assert.Equal(["remind-202009280600", "remind-202009300600"], Reminders(await JobsAsync(teams, g3.RoundId)));

        // A second start changes nothing: the same reminders, none doubled; Gruppe 4 (never booked) stays at the window's end.
        await RunStartSweepAsync(teams);
        Assert.Equal(["remind-202009280600", "remind-202009300600"], Reminders(await JobsAsync(teams, g3.RoundId)));
        var g4 = (await RoundsAsync(teams, eventKey)).Single(r => r.Subject.EndsWith(Group4, StringComparison.Ordinal));
        Assert.Equal(WindowEnd.ToUnixTimeMilliseconds(), g4.DeadlineAtMs);
    }

    /// <summary>What a start runs for bookings: a fresh <see cref="BookingSlotResync"/> on the bot's services, to its end.</summary>
    private static async Task RunStartSweepAsync(ReflectionConversation teams)
    {
        using var sweep = ActivatorUtilities.CreateInstance<BookingSlotResync>(teams.Host.Services);
        await sweep.StartAsync(CancellationToken.None);
        await sweep.ExecuteTask!;
    }

    [Fact]
    public async Task Without_groups_the_meeting_has_one_round_in_the_programmes_channel_and_a_group_registered_later_adds_none()
    {
        await using var teams = await ReflectionConversation.StartAsync();
        (await teams.SayInChannelAsync(Kari, "koble LP")).EnsureSuccessStatusCode();
        var eventKey = await EventKeyAsync(teams);
        await PostLesebestillingAsync(teams, eventKey);
        await teams.OutboxDrainedAsync();
        var round = Assert.Single(await RoundsAsync(teams, eventKey));
        Assert.Equal((eventKey, Channel, WindowEnd.ToUnixTimeMilliseconds()), (round.Subject, round.ChannelId, round.DeadlineAtMs));

        // Its people are in that round already: a group registered now gets no second one.
        (await SayInAsync(teams, Group3Channel, TeamId, Kari, "enhet nettverksgruppe Gruppe 3")).EnsureSuccessStatusCode();
        await teams.OutboxDrainedAsync();
        Assert.Equal(round, Assert.Single(await RoundsAsync(teams, eventKey)));
        Assert.DoesNotContain(teams.Connector.ActivitiesIn(Group3Channel), a => Json(a.Activity).Contains("Skriv refleksjonsnotat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_group_registered_after_the_announcement_gets_it_then_and_inside_the_window_the_book_button()
    {
        await using var teams = await ReflectionConversation.StartAsync();
        teams.Connector.Directory.AddTeam(Team4, "Nettverk 4", "6d7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a", [(Group4Channel, "Gruppe 4")]);
        teams.Connector.Directory.AddMembers(Team4, [new FakeMember(Nils.Id, Nils.Aad, Nils.Name, TenantId: Tenant)]);

        // Registered before the announcement: nothing yet (the announcement comes on time).
        (await SayInAsync(teams, Group3Channel, TeamId, Kari, "enhet nettverksgruppe Gruppe 3")).EnsureSuccessStatusCode();
        await SendAllAsync(teams);
        Assert.DoesNotContain(teams.Connector.ActivitiesIn(Group3Channel), a => Json(a.Activity).Contains(BookingCardTexts.AnnouncementHeading, StringComparison.Ordinal));

        // Friday 4 September 09.00, an hour after the announcement: Gruppe 4 is registered and gets it at once.
        await MoveClockAsync(teams, new DateTimeOffset(2020, 9, 4, 7, 0, 0, TimeSpan.Zero));
        await UntilAsync(teams, () => teams.Connector.ActivitiesIn(Group3Channel).Any(a => Json(a.Activity).Contains(BookingCardTexts.AnnouncementHeading, StringComparison.Ordinal)), "the announcement to Gruppe 3");
        (await SayInAsync(teams, Group4Channel, Team4, Kari, "enhet nettverksgruppe Gruppe 4")).EnsureSuccessStatusCode();
        await UntilAsync(teams, () => teams.Connector.ActivitiesIn(Group4Channel).Any(a => Json(a.Activity).Contains(BookingCardTexts.AnnouncementHeading, StringComparison.Ordinal)), "the announcement to Gruppe 4");
        var announcement = Json(teams.Connector.ActivitiesIn(Group4Channel).Single(a => Json(a.Activity).Contains(BookingCardTexts.AnnouncementHeading, StringComparison.Ordinal)).Activity);
        Assert.Contains("Gruppe 4", announcement, StringComparison.Ordinal);
        Assert.Contains(BookingCardTexts.Book, announcement, StringComparison.Ordinal);
        Assert.Contains("26. september – 6. oktober", announcement, StringComparison.Ordinal);

        // Registered again: not posted twice. Nils books from it.
        (await SayInAsync(teams, Group4Channel, Team4, Kari, "enhet nettverksgruppe Gruppe 4")).EnsureSuccessStatusCode();
        await SendAllAsync(teams);
        Assert.Single(teams.Connector.ActivitiesIn(Group4Channel), a => Json(a.Activity).Contains(BookingCardTexts.AnnouncementHeading, StringComparison.Ordinal));
        Assert.Contains("har booket", (await BookAsync(teams, Group4Channel, Team4, Nils, await EventKeyAsync(teams), 0, "2020-09-29", "12:00")).ActionText, StringComparison.Ordinal);

        // Inside the window (Monday 28 September 10.00), a group registered now is told the window is open, with «Book tidspunkt».
        await MoveClockAsync(teams, new DateTimeOffset(2020, 9, 28, 8, 0, 0, TimeSpan.Zero));
        const string group5Channel = "19:gruppe5kanal9e3f4a5b6c7d8e9f0a1b2c3d@thread.tacv2";
        (await SayInAsync(teams, group5Channel, TeamId, Kari, "enhet nettverksgruppe Gruppe 5")).EnsureSuccessStatusCode();
        await UntilAsync(teams, () => teams.Connector.ActivitiesIn(group5Channel).Any(a => Json(a.Activity).Contains("har åpnet, og gruppen har ikke booket", StringComparison.Ordinal)), "the open window to Gruppe 5");
        Assert.Contains(BookingCardTexts.Book, Json(teams.Connector.ActivitiesIn(group5Channel)[^1].Activity), StringComparison.Ordinal);
        // A school is no group: nothing.
        const string schoolChannel = "19:skolekanal0f4a5b6c7d8e9f0a1b2c3d4e@thread.tacv2";
        (await SayInAsync(teams, schoolChannel, TeamId, Kari, "enhet skole Nordby skole")).EnsureSuccessStatusCode();
        await SendAllAsync(teams);
        Assert.DoesNotContain(teams.Connector.ActivitiesIn(schoolChannel), a => Json(a.Activity).Contains(BookingCardTexts.Book, StringComparison.Ordinal));
    }

    /// <summary>The harness's plan and KULG round, LP linked to the harness's channel, Gruppe 3 and Gruppe 4 registered.</summary>
    internal static async Task<ReflectionConversation> StartWithGroupsAsync()
    {
        var teams = await ReflectionConversation.StartAsync();
        teams.Connector.Directory.AddTeam(Team4, "Nettverk 4", "6d7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a", [(Group4Channel, "Gruppe 4")]);
        teams.Connector.Directory.AddMembers(Team4, [
            new FakeMember(Nils.Id, Nils.Aad, Nils.Name, TenantId: Tenant), new FakeMember(Siri.Id, Siri.Aad, Siri.Name, TenantId: Tenant)]);
        (await teams.SayInChannelAsync(Kari, "koble LP")).EnsureSuccessStatusCode();
        (await SayInAsync(teams, Group3Channel, TeamId, Kari, "enhet nettverksgruppe Gruppe 3")).EnsureSuccessStatusCode();
        (await SayInAsync(teams, Group4Channel, Team4, Kari, "enhet nettverksgruppe Gruppe 4")).EnsureSuccessStatusCode();
        await teams.OutboxDrainedAsync();
        return teams;
    }

    /// <summary>Lets the outbox send everything queued, moving the fake clock a second at a time past 429 pauses.</summary>
    internal static Task SendAllAsync(ReflectionConversation teams) => UntilAsync(teams, () => false, "the outbox to send everything queued", stopWhenSent: true);

    internal static async Task MoveClockAsync(ReflectionConversation teams, DateTimeOffset instant)
    {
        await SendAllAsync(teams);
        teams.Clock.SetUtcNow(instant);
    }

    /// <summary>Waits (on real time, 30 s) for a condition, or with <paramref name="stopWhenSent"/> for nothing pending, moving the fake clock while the outbox waits.</summary>
    private static async Task UntilAsync(ReflectionConversation teams, Func<bool> condition, string what, bool stopWhenSent = false)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (30 * TimeProvider.System.TimestampFrequency);
        while (!condition())
        {
            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Waited 30 s for {what}. {await teams.DescribeAsync()}");
            }

            await using (var db = await teams.OpenAsync())
            {
                if (!await teams.StepClockWhileOutboxWaitsAsync(db) && stopWhenSent)
                {
                    return;
                }
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The plan asks for notes at LP's flexible meeting; its lesebestilling post fires (as Quartz would).</summary>
    private static async Task PostLesebestillingAsync(ReflectionConversation teams, string eventKey)
    {
        await using (var db = await teams.OpenAsync())
        {
            var json = await db.QuerySingleAsync<string>("SELECT event_json FROM plan_events WHERE event_key = @EventKey", new { EventKey = eventKey });
            var planEvent = PlanJson.DeserializeEvent(json) with { Lesebestilling = new Lesebestilling("Les kapittel 2 i modul 2.", []) };
            await db.ExecuteAsync("UPDATE plan_events SET event_json = @Json WHERE event_key = @EventKey", new { Json = PlanJson.Serialize(planEvent), EventKey = eventKey });
        }

        var postKey = $"{Tenant}|{eventKey}/{PlannedPost.KindSlug(PostKind.Lesebestilling)}";
        await teams.Host.Services.GetRequiredService<IPostDispatcher>().DispatchAsync(postKey, teams.Clock.GetUtcNow(), late: false, CancellationToken.None);
    }

    internal static async Task<string> EventKeyAsync(ReflectionConversation teams)
    {
        await using var db = await teams.OpenAsync();
        return await db.QuerySingleAsync<string>("SELECT event_key FROM booking_meetings WHERE anchor = '2020-10-01'");
    }

    private sealed record RoundRow(string RoundId, string Subject, string ChannelId, long DeadlineAtMs);

    private static async Task<List<RoundRow>> RoundsAsync(ReflectionConversation teams, string eventKey)
    {
        await using var db = await teams.OpenAsync();
        return [.. await db.QueryAsync<RoundRow>(
            "SELECT round_id AS RoundId, plan_event_key AS Subject, channel_id AS ChannelId, deadline_at_ms AS DeadlineAtMs FROM collection_rounds WHERE plan_event_key LIKE @Key",
            new { Key = eventKey + "%" })];
    }

    private static async Task<string[]> ParticipantsAsync(ReflectionConversation teams, string roundId)
    {
        await using var db = await teams.OpenAsync();
        return [.. (await db.QueryAsync<string>("SELECT user_id FROM collection_people WHERE round_id = @RoundId AND role = 'participant'", new { RoundId = roundId })).Order(StringComparer.Ordinal)];
    }

    /// <summary>The round's reminder jobs on Quartz (post keys).</summary>
    private static async Task<List<string>> JobsAsync(ReflectionConversation teams, string roundId)
    {
        await using var db = await teams.OpenAsync();
        return [.. (await db.QueryAsync<string>("SELECT job_name FROM qrtz_job_details WHERE job_group LIKE 'post:%round:' || @Id", new { Id = roundId })).Order(StringComparer.Ordinal)];
    }

    private static string[] Reminders(IEnumerable<string> jobs) =>
        [.. jobs.Select(j => j[(j.LastIndexOf('/') + 1)..]).Where(j => j.StartsWith("remind-", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>A message with @mention in another channel (and team) than the harness's.</summary>
    private static Task<HttpResponseMessage> SayInAsync(ReflectionConversation teams, string channelId, string teamId, TeamsUser user, string text)
    {
        var message = In(teams, channelId, teamId, user);
        message["text"] = $"<at>SkoleUtvikling</at> {text}";
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>SkoleUtvikling</at>",
            ["mentioned"] = new JsonObject { ["id"] = ReflectionConversation.Bot, ["name"] = "SkoleUtvikling" },
        });
        return teams.PostAsync(message);
    }

    private static JsonObject In(ReflectionConversation teams, string channelId, string teamId, TeamsUser user)
    {
        var message = teams.InChannel(user);
        message["conversation"]!["id"] = channelId;
        message["channelData"]!["channel"]!["id"] = channelId;
        message["channelData"]!["teamsChannelId"] = channelId;
        message["channelData"]!["team"]!["id"] = teamId;
        message["channelData"]!["teamsTeamId"] = teamId;
        return message;
    }

    /// <summary>«Skriv refleksjonsnotat» on a group's post: Teams asks for the dialog (task/fetch) with the round's id.</summary>
    private static Task<InvokeResult> FetchDialogAsync(ReflectionConversation teams, string channelId, string teamId, TeamsUser user, string roundId)
    {
        var invoke = In(teams, channelId, teamId, user);
        invoke["type"] = "invoke";
        invoke["name"] = "task/fetch";
        invoke.Remove("text");
        invoke.Remove("entities");
        invoke["value"] = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["msteams"] = new JsonObject { ["type"] = "task/fetch" },
                [ActionIds.VerbField] = ActionIds.ReflectionOpen,
                ["roundId"] = roundId,
            },
            ["context"] = new JsonObject { ["theme"] = "default" },
        };
        return teams.InvokeAsync(invoke);
    }

    private static Task<InvokeResult> PressAsync(ReflectionConversation teams, string channelId, string teamId, TeamsUser user, string eventKey, string verb, int version) =>
        ExecuteAsync(teams, channelId, teamId, user, verb, Data(verb, eventKey, version));

    internal static Task<InvokeResult> BookAsync(ReflectionConversation teams, string channelId, string teamId, TeamsUser user, string eventKey, int version, string date, string start)
    {
        var data = Data(BookingVerbs.Book, eventKey, version);
        data[BookingVerbs.DateInput] = date;
        data[BookingVerbs.StartInput] = start;
        return ExecuteAsync(teams, channelId, teamId, user, BookingVerbs.Book, data);
    }

    private static JsonObject Data(string verb, string eventKey, int version) => new()
    {
        [ActionIds.VerbField] = verb,
        [BookingVerbs.EventKey] = eventKey,
        [BookingVerbs.Version] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Task<InvokeResult> ExecuteAsync(ReflectionConversation teams, string channelId, string teamId, TeamsUser user, string verb, JsonObject data)
    {
        var invoke = In(teams, channelId, teamId, user);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke.Remove("text");
        invoke.Remove("entities");
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return teams.InvokeAsync(invoke);
    }
}
