using SkoleUtvikling.Cards.Status;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Tests.Integration.Features.Mellomarbeid;
using SkoleUtvikling.Tests.Integration.Features.Saker;
using static SkoleUtvikling.Tests.Integration.Features.Mellomarbeid.MellomarbeidConversation;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Status;

/// <summary>
/// A round whose people belong to two schools (registered units): the saker round of the KULG team
/// (Nordby skole: Ola, Per, Siri) which Sara, rektor of Sørby skole, joins. The leader's 1:1 status groups
/// the names under their school with counts; the channel shows the counts per school, never a name.
/// </summary>
public sealed class StatusByUnitTests
{
    private static readonly SakerConversation.Sak SaraSak = new("Felles fagdag for skolene", "Vi foreslår en felles fagdag i oktober.", "Sara Sørby", "10");

    [Fact]
    public async Task The_1to1_status_groups_names_under_their_school_with_counts_and_the_channel_shows_counts_per_school_only()
    {
        await using var m = await MellomarbeidConversation.StartAsync();
        var teams = m.Teams;
        teams.Connector.Directory.AddMembers(TeamId, [new FakeMember(Sara.Id, Sara.Aad, Sara.Name, TenantId: Tenant, UserRole: "user")]);
        Assert.Equal("message", (await m.Host.SubmitDialogAsync(Sara, (await m.Host.FetchAsync(Sara)).DialogCard!, SaraSak)).TaskType);
        await m.Host.DrainAsync();

        var personal = Json(await StatusCards.StatusCardAsync(teams, Rolf, m.Host.UntilAsync));
        var nordby = personal.IndexOf(StatusCardTexts.UnitProgress("Nordby skole", 0, 3), StringComparison.Ordinal);
        var sorby = personal.IndexOf(StatusCardTexts.UnitProgress("Sørby skole", 1, 1), StringComparison.Ordinal);
        Assert.True(nordby > 0 && sorby > nordby, personal);
        Assert.InRange(personal.IndexOf($"**{StatusCardTexts.MissingLabel}:** {Ola.Name}, {Per.Name}, {Siri.Name}", StringComparison.Ordinal), nordby, sorby);
        Assert.True(personal.IndexOf($"**{StatusCardTexts.DeliveredLabel}:** {Sara.Name}", StringComparison.Ordinal) > sorby, personal);
        Assert.Contains("1 av 4 har levert", personal, StringComparison.Ordinal);

        var before = teams.ChannelActivities().Count;
        (await teams.SayInChannelAsync(Rolf, "status")).EnsureSuccessStatusCode();
        await m.Host.UntilAsync(() => teams.ChannelActivities().Skip(before).Any(StatusCards.IsStatusCard), "the status card in the channel");
        var channel = Json(teams.ChannelActivities().Skip(before).First(StatusCards.IsStatusCard).Activity);
        Assert.Contains(StatusCardTexts.UnitsTitle, channel, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Nordby skole\",\"value\":\"0 av 3 har levert\"", channel, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Sørby skole\",\"value\":\"1 av 1 har levert\"", channel, StringComparison.Ordinal);
        foreach (var name in new[] { Ola.Name, Per.Name, Siri.Name, Sara.Name, Sara.Id })
        {
            Assert.DoesNotContain(name, channel, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task When_a_schools_roster_is_unavailable_the_grouping_comes_from_the_members_the_bot_knows()
    {
        await using var m = await MellomarbeidConversation.StartAsync();
        var teams = m.Teams;
        teams.Connector.Directory.AddMembers(TeamId, [new FakeMember(Sara.Id, Sara.Aad, Sara.Name, TenantId: Tenant, UserRole: "user")]);
        Assert.Equal("message", (await m.Host.SubmitDialogAsync(Sara, (await m.Host.FetchAsync(Sara)).DialogCard!, SaraSak)).TaskType);
        await m.Host.DrainAsync();
        teams.Connector.Faults.Add(FakeFault.Error(403, "Forbidden"), times: null, when: call => call.Route == "pagedmembers" && call.ConversationId == SorbyTeam);

        var personal = Json(await StatusCards.StatusCardAsync(teams, Rolf, m.Host.UntilAsync));

        Assert.Contains(teams.Connector.Calls, c => c.Route == "pagedmembers" && c.ConversationId == SorbyTeam && c.Status == 403);
        var sorby = personal.IndexOf(StatusCardTexts.UnitProgress("Sørby skole", 1, 1), StringComparison.Ordinal);
        Assert.True(sorby > personal.IndexOf(StatusCardTexts.UnitProgress("Nordby skole", 0, 3), StringComparison.Ordinal), personal);
        Assert.True(personal.IndexOf($"**{StatusCardTexts.DeliveredLabel}:** {Sara.Name}", StringComparison.Ordinal) > sorby, personal);
    }
}
