using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Cards.Help;
using SkoleUtvikling.Testing;
using SkoleUtvikling.Testing.Connector;

namespace SkoleUtvikling.Tests.Integration.Features.Leaders;

/// <summary>Team owners are leaders because the Teams roster says so, never because of what they type.</summary>
public sealed class TeamOwnerTests
{
    private const string TeamId = "19:9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d@thread.tacv2";
    private const string ArneId = "29:1YbSJ3yXhQzY7c2rZp0tGq5Jh9s8uK2bVn4mL6kR1wE3qT5yU7iO9pA";

    [Theory]
    [InlineData("owner", true)]
    [InlineData("user", false)]
    public async Task The_roster_role_decides_whether_hjelp_shows_the_leader_lines(string role, bool leader)
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Directory.AddTeam(TeamId, "Oppvekst Vestvågøy", "5c2f0a1e-3d4b-4e6f-8a9b-0c1d2e3f4a5b");
        connector.Directory.AddMembers(TeamId, [new FakeMember(ArneId, "0d2e8f61-7b3c-4a59-b1d2-6e4f3a2b1c0d", "Arne Karlsen", UserRole: role)]);
        using var host = new BotHost();
        using var http = new HttpClient { BaseAddress = host.Start() };

        await http.PostActivityAsync(Payloads.Load("channel-mention"), connector.ServiceUrl);

        // Read the help card as Teams got it: a sent outbox row keeps no payload.
        await connector.WaitUntilAsync(c => c.Activities.Count > 0, TimeSpan.FromSeconds(30), "the help reply");
        var reply = connector.Activities.Single().Activity.ToJsonString();
        Assert.Equal(leader, reply.Contains(HelpCardTexts.LeaderHeading, StringComparison.Ordinal));
        await using var db = await host.Services.GetRequiredService<Database>().OpenAsync();
        Assert.Equal(role, await db.ExecuteScalarAsync<string>("SELECT role FROM team_members WHERE user_id = @ArneId", new { ArneId }));
    }
}
