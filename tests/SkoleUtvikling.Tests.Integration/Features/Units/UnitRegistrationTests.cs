using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Features.Units;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;
using static SkoleUtvikling.Tests.Integration.Security.HostileTeams;

namespace SkoleUtvikling.Tests.Integration.Features.Units;

/// <summary>
/// <c>enhet</c> and <c>enheter</c> through the real bot, and the core's <see cref="IUnitDirectory"/>:
/// who may register, moving a unit, and a school's leaders and editors from the roster plus configuration.
/// </summary>
public sealed class UnitRegistrationTests
{
    private const string SkutAad = "0b6f1c2e-7a34-4d5e-9f10-2a3b4c5d6e7f";
    private const string Other = "19:7e6d5c4b3a2f41e0d9c8b7a6f5e4d3c2@thread.tacv2";

    private static readonly Dictionary<string, string?> SchoolRoles = new()
    {
        ["Units:Schools:0:Name"] = "Nordby skole",
        ["Units:Schools:0:Rektor:0"] = Siri.Aad,
        ["Units:Schools:0:Skut:0"] = SkutAad,
    };

    [Fact]
    public async Task An_owner_registers_the_channel_as_a_school_whose_rektor_and_SKUT_come_from_configuration()
    {
        await using var teams = await StartAsync(SchoolRoles);

        var answer = await AnswerAsync(teams, InTeamChannel(teams, Rolf, TeamId, Channel, "enhet skole Nordby skole"), Channel);

        Assert.Equal(UnitTexts.Registered("skole", "Nordby skole"), answer.Text);
        var directory = teams.Host.Services.GetRequiredService<IUnitDirectory>();
        var unit = await directory.UnitOfChannelAsync(Tenant, Channel, CancellationToken.None);
        Assert.Equal(("skole:nordby-skole", "skole", "Nordby skole", TeamId), (unit!.Id, unit.Kind, unit.Name, unit.TeamId));
        var people = await directory.PeopleAsync(unit, CancellationToken.None);
        Assert.Equal([Siri.Id, "aad:" + SkutAad], people.Editors.Select(p => p.UserId));
        Assert.Contains(people.Leaders, p => p.UserId == Rolf.Id);
        Assert.Contains(people.Leaders, p => p.UserId == Siri.Id);
        Assert.Contains(people.Leaders, p => p.AadObjectId == Kari.Aad);
        Assert.DoesNotContain(people.Leaders, p => p.UserId == Ola.Id);
        Assert.Equal(4, people.Members.Count);
    }

    [Fact]
    public async Task A_member_who_does_not_lead_the_team_cannot_register_it_and_nothing_changes()
    {
        await using var teams = await StartAsync();

        var answer = await AnswerAsync(teams, InTeamChannel(teams, Ola, TeamId, Channel, "enhet nettverksgruppe Gruppe 3"), Channel);

        Assert.Equal(UnitTexts.OnlyLeaders, answer.Text);
        await using var db = await teams.OpenAsync();
        Assert.Equal(0L, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM units"));
    }

    [Fact]
    public async Task Registering_a_unit_in_another_channel_moves_it_and_enheter_lists_every_unit_once()
    {
        await using var teams = await StartAsync();
        await AnswerAsync(teams, InTeamChannel(teams, Rolf, TeamId, Channel, "enhet nettverksgruppe Gruppe 3"), Channel);

        var moved = await AnswerAsync(teams, InTeamChannel(teams, Rolf, TeamId, Other, "enhet nettverksgruppe gruppe 3"), Other);
        var veiledere = await AnswerAsync(teams, InTeamChannel(teams, Rolf, TeamId, Channel, "enhet veilederteam"), Channel);
        var list = await AnswerAsync(teams, InTeamChannel(teams, Ola, TeamId, Channel, "enheter"), Channel);
        var unknown = await AnswerAsync(teams, InTeamChannel(teams, Rolf, TeamId, Channel, "enhet kommune Vestvågøy"), Channel);

        Assert.Equal(UnitTexts.Moved("nettverksgruppe", "gruppe 3"), moved.Text);
        Assert.Equal(UnitTexts.Registered("veilederteam", "Veilederteamet"), veiledere.Text);
        Assert.Contains(UnitTexts.Line("nettverksgruppe", "gruppe 3"), list.Text, StringComparison.Ordinal);
        Assert.Contains(UnitTexts.Line("veilederteam", "Veilederteamet"), list.Text, StringComparison.Ordinal);
        Assert.Contains(UnitTexts.ProgrammeLine("KULG"), list.Text, StringComparison.Ordinal);
        Assert.Equal(UnitTexts.Usage, unknown.Text);
        var all = await teams.Host.Services.GetRequiredService<IUnitDirectory>().UnitsAsync(Tenant, null, CancellationToken.None);
        Assert.Equal([("nettverksgruppe:gruppe-3", Other), ("veilederteam", Channel)], all.Select(u => (u.Id, u.ChannelId)));
    }
}
