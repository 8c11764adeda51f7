using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Features.Status;
using SkoleUtvikling.Cards.Status;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Tests.Integration.Features.Booking;
using SkoleUtvikling.Tests.Integration.Features.Reflection;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Status;

/// <summary>
/// Bookings on the status card (issue 14): LP's flexible meeting of 1 October with Gruppe 3 (booked) and Gruppe 4
/// (not). Rolf and Kari lead the KULG round, so they see it; the unbooked group's name only in a 1:1 chat;
/// «Purr grupper» posts the booking reminder in the unbooked group's channel once per Oslo day, whoever presses.
/// </summary>
public sealed class StatusBookingTests
{
    private const string Reminder = "er ikke booket ennå – book tidspunkt her";

    [Fact]
    public async Task A_leader_sees_how_many_groups_have_booked_names_only_in_1to1_and_Purr_grupper_reaches_only_unbooked_groups_once_a_day()
    {
        await using var teams = await GroupRoundTests.StartWithGroupsAsync();
        var eventKey = await GroupRoundTests.EventKeyAsync(teams);
        Assert.Contains("har booket", (await GroupRoundTests.BookAsync(teams, GroupRoundTests.Group3Channel, TeamId, Ola, eventKey, 0, "2020-09-29", "12:00")).ActionText, StringComparison.Ordinal);
        await GroupRoundTests.SendAllAsync(teams);

        var personal = Json(await StatusCards.StatusCardAsync(teams, Rolf));
        Assert.Contains("1 av 2 grupper har booket", personal, StringComparison.Ordinal);
        Assert.Contains("26. september – 6. oktober", personal, StringComparison.Ordinal);
        Assert.Contains("**Ikke booket:** Gruppe 4\"", personal, StringComparison.Ordinal);
        Assert.Contains("Purr grupper (1)", personal, StringComparison.Ordinal);
        Assert.Contains(StatusVerbs.ChaseSection, personal, StringComparison.Ordinal);

        // In the channel: the count, never which group, no button.
        var before = teams.ChannelActivities().Count;
        (await teams.SayInChannelAsync(Rolf, "status")).EnsureSuccessStatusCode();
        await teams.WaitForAsync(_ => teams.ChannelActivities().Skip(before).Any(StatusCards.IsStatusCard), "the status card in the channel");
        var channel = Json(teams.ChannelActivities().Skip(before).First(StatusCards.IsStatusCard).Activity);
        Assert.Contains("1 av 2 grupper har booket", channel, StringComparison.Ordinal);
        Assert.DoesNotContain("**Ikke booket:**", channel, StringComparison.Ordinal);
        Assert.DoesNotContain(StatusVerbs.ChaseSection, channel, StringComparison.Ordinal);

        // «Purr grupper»: Gruppe 4 gets the reminder with «Book tidspunkt»; Gruppe 3 (booked) nothing.
        await StatusCards.StatusCardAsync(teams, Rolf);
        (await teams.PressAsync(Rolf, ChaseGroups(eventKey), StatusCards.CardIdOf(teams, Rolf))).EnsureSuccessStatusCode();
        await teams.WaitForAsync(_ => Reminders(teams, GroupRoundTests.Group4Channel) == 1, "the reminder in Gruppe 4's channel");
        await GroupRoundTests.SendAllAsync(teams);
        Assert.Contains("Påminnelse sendes til 1 gruppe.", Json(teams.UpdatesOf(StatusCards.CardIdOf(teams, Rolf))[^1].Activity), StringComparison.Ordinal);
        Assert.Contains(SkoleUtvikling.Cards.Booking.BookingCardTexts.Book, Json(teams.Connector.ActivitiesIn(GroupRoundTests.Group4Channel).Last(a => Json(a.Activity).Contains(Reminder, StringComparison.Ordinal)).Activity), StringComparison.Ordinal);
        Assert.Equal(0, Reminders(teams, GroupRoundTests.Group3Channel));

        // Kari presses the same day: nothing new, and her card says so.
        await StatusCards.StatusCardAsync(teams, Kari);
        var kariCard = StatusCards.CardIdOf(teams, Kari);
        (await teams.PressAsync(Kari, ChaseGroups(eventKey), kariCard)).EnsureSuccessStatusCode();
        await teams.WaitForAsync(_ => teams.UpdatesOf(kariCard).Any(u => Json(u.Activity).Contains("1 er allerede purret i dag", StringComparison.Ordinal)), "Kari's card saying Gruppe 4 was reminded today");
        await GroupRoundTests.SendAllAsync(teams);
        Assert.Equal(1, Reminders(teams, GroupRoundTests.Group4Channel));

        // The next Oslo day, one more.
        await GroupRoundTests.MoveClockAsync(teams, teams.Clock.GetUtcNow().AddDays(1));
        await StatusCards.StatusCardAsync(teams, Rolf);
        (await teams.PressAsync(Rolf, ChaseGroups(eventKey), StatusCards.CardIdOf(teams, Rolf))).EnsureSuccessStatusCode();
        await teams.WaitForAsync(_ => Reminders(teams, GroupRoundTests.Group4Channel) == 2, "the next day's reminder in Gruppe 4's channel");
        await GroupRoundTests.SendAllAsync(teams);
        Assert.Equal(0, Reminders(teams, GroupRoundTests.Group3Channel));
    }

    [Fact]
    public async Task A_teacher_is_refused_Purr_grupper_and_a_forged_meeting_is_refused_to_a_leader()
    {
        await using var teams = await GroupRoundTests.StartWithGroupsAsync();
        var eventKey = await GroupRoundTests.EventKeyAsync(teams);

        (await teams.PressAsync(Per, ChaseGroups(eventKey), "forged")).EnsureSuccessStatusCode();
        await teams.WaitForAsync(c => c.ActivitiesIn(Per.PersonalChat).Any(a => a.Activity["text"]?.GetValue<string>() == StatusTexts.OnlyLeaders), "Per's refusal");

        (await teams.PressAsync(Rolf, ChaseGroups("2020-10-01-ingen-slik"), "forged")).EnsureSuccessStatusCode();
        await teams.WaitForAsync(c => c.ActivitiesIn(Rolf.PersonalChat).Any(a => a.Activity["text"]?.GetValue<string>() == StatusTexts.SectionGone), "the forged meeting's refusal");
        var wrongSource = ChaseGroups(eventKey);
        wrongSource[StatusVerbs.Source] = "ukjent";
        (await teams.PressAsync(Rolf, wrongSource, "forged")).EnsureSuccessStatusCode();
        await teams.WaitForAsync(c => c.ActivitiesIn(Rolf.PersonalChat).Count(a => a.Activity["text"]?.GetValue<string>() == StatusTexts.SectionGone) == 2, "the unknown source's refusal");

        await GroupRoundTests.SendAllAsync(teams);
        Assert.Equal(0, Reminders(teams, GroupRoundTests.Group3Channel));
        Assert.Equal(0, Reminders(teams, GroupRoundTests.Group4Channel));
    }

    private static JsonObject ChaseGroups(string eventKey) => new()
    {
        ["verb"] = StatusVerbs.ChaseSection,
        [StatusVerbs.Source] = "booking",
        [StatusVerbs.ItemId] = eventKey,
    };

    private static int Reminders(ReflectionConversation teams, string channelId) =>
        teams.Connector.ActivitiesIn(channelId).Count(a => a.Kind != "update" && Json(a.Activity).Contains(Reminder, StringComparison.Ordinal));
}
