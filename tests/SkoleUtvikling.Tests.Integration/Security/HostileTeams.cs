using System.Text.Json.Nodes;
using Dapper;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Tests.Integration.Features.Reflection;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Security;

/// <summary>
/// The reflection conversation (Kari coordinates the plan, Rolf owns the team KULG is linked to) plus a
/// teacher who owns a team of her own: Ola owns «Trinn 5», where the bot is installed too. What they
/// send goes to the real bot on Kestrel as Teams sends it; answers are read from the fake Connector.
/// </summary>
public static class HostileTeams
{
    public const string OlasTeam = "19:0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5@thread.tacv2";
    public const string OlasChannel = "19:5f4e3d2c1b0a49f8e7d6c5b4a3f2e1d0@thread.tacv2";

    /// <summary>The round is open, and Ola owns her own team, where the bot has been installed.</summary>
    public static async Task<ReflectionConversation> OlaOwnsHerOwnTeamAsync()
    {
        var teams = await StartAsync();
        teams.Connector.Directory.AddTeam(OlasTeam, "Trinn 5", "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a", [(OlasChannel, "Trinn 5 planlegging")]);
        teams.Connector.Directory.AddMembers(OlasTeam, [new FakeMember(Ola.Id, Ola.Aad, Ola.Name, TenantId: Tenant, UserRole: "owner")]);
        var install = Payloads.Load("installation-add-team");
        install["from"] = new JsonObject { ["id"] = Ola.Id, ["aadObjectId"] = Ola.Aad };
        install["conversation"]!["id"] = OlasTeam;
        install["conversation"]!["tenantId"] = Tenant;
        install["channelData"]!["channel"]!["id"] = OlasTeam;
        install["channelData"]!["team"]!["id"] = OlasTeam;
        install["channelData"]!["tenant"]!["id"] = Tenant;
        install["recipient"]!["id"] = ReflectionConversation.Bot;
        (await teams.PostAsync(install)).EnsureSuccessStatusCode();
        await using var db = await teams.OpenAsync();
        Assert.True(await db.ExecuteScalarAsync<bool>("SELECT installed FROM teams WHERE tenant_id = @Tenant AND team_id = @OlasTeam", new { Tenant, OlasTeam }));
        return teams;
    }

    /// <summary>A message in a channel of a team, @mentioning the bot.</summary>
    public static JsonObject InTeamChannel(ReflectionConversation teams, TeamsUser user, string teamId, string channelId, string text)
    {
        var message = teams.InChannel(user);
        message["text"] = $"<at>SkoleUtvikling</at> {text}";
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>SkoleUtvikling</at>",
            ["mentioned"] = new JsonObject { ["id"] = ReflectionConversation.Bot, ["name"] = "SkoleUtvikling" },
        });
        message["conversation"]!["id"] = $"{channelId};messageid={message["id"]!.GetValue<string>()}";
        message["channelData"]!["channel"]!["id"] = channelId;
        message["channelData"]!["teamsChannelId"] = channelId;
        message["channelData"]!["team"]!["id"] = teamId;
        message["channelData"]!["teamsTeamId"] = teamId;
        return message;
    }

    /// <summary>Posts <paramref name="activity"/> and returns the bot's first answer in <paramref name="conversationPrefix"/> (a 1:1 chat or a channel).</summary>
    public static async Task<FakeActivity> AnswerAsync(ReflectionConversation teams, JsonObject activity, string conversationPrefix)
    {
        var before = Answers(teams, conversationPrefix).Count;
        (await teams.PostAsync(activity)).EnsureSuccessStatusCode();
        await teams.WaitForAsync(_ => Answers(teams, conversationPrefix).Count > before, $"an answer in {conversationPrefix}");
        return Answers(teams, conversationPrefix)[before];
    }

    /// <summary>The person says <paramref name="text"/> in their 1:1 chat; the bot's answer.</summary>
    public static Task<FakeActivity> AskPersonallyAsync(ReflectionConversation teams, TeamsUser user, string text)
    {
        var message = teams.Personal(user);
        message["text"] = text;
        return AnswerAsync(teams, message, user.PersonalChat);
    }

    private static List<FakeActivity> Answers(ReflectionConversation teams, string conversationPrefix) =>
        [.. teams.Connector.Activities.Where(a => a.ConversationId.StartsWith(conversationPrefix, StringComparison.Ordinal) && a.Kind != "update")];
}
