using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Features.Installation;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing;
using SkoleUtvikling.Testing.Connector;

namespace SkoleUtvikling.Tests.Integration.Security;

/// <summary>
/// Two municipalities (tenants) whose team, channel and 1:1 ids happen to be equal: each installs,
/// uninstalls and writes under its own tenant, and neither sees nor changes the other's rows. Each
/// tenant has its own Connector (serviceUrl), so a row that crossed over would send to the wrong one.
/// </summary>
public sealed class TenantIsolationTests
{
    private const string TenantA = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string TenantB = "0b5e7c9d-1f2a-4b3c-8d4e-5f6a7b8c9d0e";
    private const string Team = "19:9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d@thread.tacv2";
    private const string Chat = "a:1SameChatIdInBothTenantsQ9wE2rT4yU6iO8";
    private const string User = "29:1SameUserIdInBothTenantsT5yU7iO9pA";

    [Fact]
    public async Task The_same_team_installed_in_two_tenants_is_two_teams_each_welcomed_and_uninstalled_on_its_own()
    {
        await using var a = await FakeConnector.StartAsync();
        await using var b = await FakeConnector.StartAsync();
        a.Directory.AddTeam(Team, "Skole A", "5c2f0a1e-3d4b-4e6f-8a9b-0c1d2e3f4a5b");
        b.Directory.AddTeam(Team, "Skole B", "6d3a1b2f-4e5c-4f70-9b0c-1d2e3f4a5b6c");
        using var host = new BotHost();
        using var http = new HttpClient { BaseAddress = host.Start() };

        await http.PostActivityAsync(Installation(TenantA, "add"), a.ServiceUrl);
        await http.PostActivityAsync(Installation(TenantB, "add"), b.ServiceUrl);
        await http.PostActivityAsync(Installation(TenantB, "remove"), b.ServiceUrl);

        await using var db = await host.Services.GetRequiredService<Database>().OpenAsync();
        var rows = (await db.QueryAsync<(string Tenant, string Name, string ServiceUrl, bool Installed)>(
            "SELECT tenant_id, name, service_url, installed FROM teams WHERE team_id = @Team ORDER BY name", new { Team })).ToList();
        Assert.Equal([(TenantA, "Skole A", a.ServiceUrl, true), (TenantB, "Skole B", b.ServiceUrl, false)], rows);
        await a.WaitUntilAsync(c => c.ActivitiesIn(Team).Any(x => x.Text?.Contains(InstallationTexts.TeamWelcome, StringComparison.Ordinal) == true), TimeSpan.FromSeconds(30), "tenant A's welcome");
        await b.WaitUntilAsync(c => c.ActivitiesIn(Team).Any(x => x.Text?.Contains(InstallationTexts.TeamWelcome, StringComparison.Ordinal) == true), TimeSpan.FromSeconds(30), "tenant B's welcome");
    }

    [Fact]
    public async Task A_1_1_chat_with_the_same_id_in_another_tenant_does_not_redirect_or_block_this_tenants_chat()
    {
        await using var a = await FakeConnector.StartAsync();
        await using var b = await FakeConnector.StartAsync();
        // Tenant B's user has blocked the bot: its answer is refused, which blocks B's chat.
        b.Faults.Add(new FakeFault { Status = 403, Code = "ConversationBlockedByUser" }, times: null);
        using var host = new BotHost();
        using var http = new HttpClient { BaseAddress = host.Start() };

        await http.PostActivityAsync(Personal(TenantA, "1"), a.ServiceUrl);
        await a.WaitUntilAsync(c => c.ActivitiesIn(Chat).Count > 0, TimeSpan.FromSeconds(30), "tenant A's answer");
        await http.PostActivityAsync(Personal(TenantB, "2"), b.ServiceUrl);
        var database = host.Services.GetRequiredService<Database>();
        var deadline = TimeProvider.System.GetTimestamp() + (30 * TimeProvider.System.TimestampFrequency);
        while (await BlockedAsync(database, TenantB) != true)
        {
            Assert.True(TimeProvider.System.GetTimestamp() < deadline, "tenant B's chat was never blocked");
            await Task.Delay(20);
        }

        await using var db = await database.OpenAsync();
        var rows = (await db.QueryAsync<(string Tenant, string ServiceUrl, bool Blocked)>(
            "SELECT tenant_id, service_url, blocked FROM conversations WHERE conversation_id = @Chat ORDER BY tenant_id", new { Chat })).ToList();
        Assert.Equal([(TenantB, b.ServiceUrl, true), (TenantA, a.ServiceUrl, false)], rows);
        Assert.Empty(b.ActivitiesIn(Chat));
    }

    private static async Task<bool?> BlockedAsync(Database database, string tenantId)
    {
        await using var db = await database.OpenAsync();
        return await db.ExecuteScalarAsync<bool?>("SELECT blocked FROM conversations WHERE tenant_id = @tenantId AND conversation_id = @Chat", new { tenantId, Chat });
    }

    private static JsonObject Installation(string tenantId, string action)
    {
        var install = Payloads.Load("installation-add-team");
        install["id"] = $"f:{Guid.NewGuid()}";
        install["action"] = action;
        install["conversation"]!["tenantId"] = tenantId;
        install["channelData"]!["tenant"]!["id"] = tenantId;
        return install;
    }

    private static JsonObject Personal(string tenantId, string id)
    {
        var message = Payloads.Load("personal-message");
        message["id"] = $"15880000000{id}";
        message["text"] = "hjelp";
        message["from"]!["id"] = User;
        message["conversation"]!["id"] = Chat;
        message["conversation"]!["tenantId"] = tenantId;
        message["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
        return message;
    }
}
