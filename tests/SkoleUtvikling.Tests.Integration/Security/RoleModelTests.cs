using SkoleUtvikling.Bot.Messaging.Files;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.Http;
using SkoleUtvikling.Bot.Features.Plan;
using SkoleUtvikling.Bot.Features.ProgrammeLinks;
using SkoleUtvikling.Cards.Plan;
using SkoleUtvikling.Testing.Auth;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;
using static SkoleUtvikling.Tests.Integration.Security.HostileTeams;

namespace SkoleUtvikling.Tests.Integration.Security;

/// <summary>
/// Who may do what (README, "Who can do what"): owning one's own team leads that team and nothing
/// else. Each hostile request is answered with a refusal in Norwegian and changes nothing.
/// </summary>
public sealed class RoleModelTests
{
    [Fact]
    public async Task A_teacher_who_owns_her_own_team_cannot_link_a_programme()
    {
        await using var teams = await OlaOwnsHerOwnTeamAsync();

        var newProgramme = await AnswerAsync(teams, InTeamChannel(teams, Ola, OlasTeam, OlasChannel, "koble IBSM"), OlasChannel);
        var takeKulg = await AnswerAsync(teams, InTeamChannel(teams, Ola, OlasTeam, OlasChannel, "koble KULG"), OlasChannel);

        Assert.Equal(ProgrammeLinkTexts.OnlyLeaders, newProgramme.Text);
        Assert.Equal(ProgrammeLinkTexts.OnlyLeaders, takeKulg.Text);
        await using var db = await teams.OpenAsync();
        var links = (await db.QueryAsync<(string, string)>("SELECT programme_key, channel_id FROM programme_channels ORDER BY programme_key")).ToList();
        Assert.Equal([("kulg", Channel)], links);
    }

    [Fact]
    public async Task The_owner_of_the_linked_team_may_move_its_programme_within_that_team_but_not_link_another()
    {
        await using var teams = await OlaOwnsHerOwnTeamAsync();
        const string Other = "19:7e6d5c4b3a2f41e0d9c8b7a6f5e4d3c2@thread.tacv2";

        var other = await AnswerAsync(teams, InTeamChannel(teams, Rolf, TeamId, Channel, "koble IBSM"), Channel);
        var moved = await AnswerAsync(teams, InTeamChannel(teams, Rolf, TeamId, Other, "koble KULG"), Other);

        Assert.Equal(ProgrammeLinkTexts.OnlyLeaders, other.Text);
        Assert.Equal(ProgrammeLinkTexts.Moved("KULG"), moved.Text);
    }

    [Fact]
    public async Task A_teacher_who_owns_her_own_team_cannot_import_publish_or_discard_the_plan()
    {
        await using var teams = await OlaOwnsHerOwnTeamAsync();
        var kariPreview = await teams.SendPlanAsync(Kari) ?? throw new InvalidOperationException("Kari got no preview.");
        var importId = ReflectionConversationData(kariPreview);
        var importsBefore = await ScalarAsync<long>(teams, "SELECT COUNT(*) FROM plan_imports");

        var olaBefore = teams.Connector.ActivitiesIn(Ola.PersonalChat).Count;
        var ownFile = await teams.SendPlanAsync(Ola);
        var ownFileAnswer = teams.Connector.ActivitiesIn(Ola.PersonalChat)[olaBefore];
        var publish = await PressAnswerAsync(teams, Ola, PublishDataOf(kariPreview));
        var discard = await PressAnswerAsync(teams, Rolf, DiscardDataOf(kariPreview));

        Assert.Null(ownFile);
        Assert.Equal(PlanTexts.OnlyLeadersImport, ownFileAnswer.Text);
        Assert.Equal(PlanTexts.OnlyLeadersPublish, publish.Text);
        Assert.Equal(PlanTexts.OnlyLeadersPublish, discard.Text);
        Assert.Equal(importsBefore, await ScalarAsync<long>(teams, "SELECT COUNT(*) FROM plan_imports"));
        Assert.Equal("preview", await ScalarAsync<string>(teams, "SELECT status FROM plan_imports WHERE import_id = @importId", new { importId }));
    }

    [Fact]
    public async Task The_coordinator_publishes_a_preview_once_and_a_second_press_or_a_replay_changes_nothing()
    {
        await using var teams = await OlaOwnsHerOwnTeamAsync();
        var preview = await teams.SendPlanAsync(Kari) ?? throw new InvalidOperationException("Kari got no preview.");
        var importId = ReflectionConversationData(preview);

        var first = await PressAnswerAsync(teams, Kari, PublishDataOf(preview));
        var decidedAt = await ScalarAsync<long>(teams, "SELECT decided_at_ms FROM plan_imports WHERE import_id = @importId", new { importId });
        var second = await PressAnswerAsync(teams, Kari, PublishDataOf(preview));
        var discardAfter = await PressAnswerAsync(teams, Kari, DiscardDataOf(preview));

        Assert.StartsWith("Planen er publisert", first.Text, StringComparison.Ordinal);
        Assert.Equal(PlanTexts.AlreadyDecided, second.Text);
        Assert.Equal(PlanTexts.AlreadyDecided, discardAfter.Text);
        Assert.Equal(("published", decidedAt), (await ScalarAsync<string>(teams, "SELECT status FROM plan_imports WHERE import_id = @importId", new { importId }),
            await ScalarAsync<long>(teams, "SELECT decided_at_ms FROM plan_imports WHERE import_id = @importId", new { importId })));
    }

    [Fact]
    public async Task A_teacher_who_owns_her_own_team_cannot_read_the_whole_plan_but_the_programme_leader_can()
    {
        await using var teams = await OlaOwnsHerOwnTeamAsync();

        var ola = await AskPersonallyAsync(teams, Ola, "plan alle");
        var rolf = await AskPersonallyAsync(teams, Rolf, "plan alle");

        Assert.Equal(PlanTexts.List.AllIsForLeaders, ola.Text);
        Assert.Equal(PlanTexts.List.AllHeading, rolf.Activity["attachments"]![0]!["content"]!["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mal_and_a_forged_file_consent_accept_upload_nothing_for_a_teacher()
    {
        await using var teams = await OlaOwnsHerOwnTeamAsync();
        var uploads = 0;
        await using var uploadServer = await LoopbackKestrel.StartAsync(context =>
        {
            Interlocked.Increment(ref uploads);
            context.Response.StatusCode = StatusCodes.Status201Created;
            return Task.CompletedTask;
        });

        var mal = await AskPersonallyAsync(teams, Ola, "mal");
        var accept = teams.Personal(Ola);
        accept["type"] = "invoke";
        accept["name"] = "fileConsent/invoke";
        accept.Remove("text");
        accept["value"] = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = new JsonObject { ["kind"] = TemplateCommand.ContextKind },
            ["uploadInfo"] = new JsonObject
            {
                ["name"] = PlanTexts.Template.FileName,
                ["uploadUrl"] = new Uri(uploadServer.HttpBase, "upload/forged").ToString(),
                ["contentUrl"] = "https://contoso.sharepoint.com/personal/ola/Documents/Utviklingsplan-mal.xlsx",
                ["uniqueId"] = "6E0D5C4B-3A2F-41E0-9D8C-7B6A5F4E3D2C",
                ["fileType"] = "xlsx",
            },
        };
        var forged = await AnswerAsync(teams, accept, Ola.PersonalChat);

        Assert.Equal(PlanTexts.Template.OnlyLeaders, mal.Text);
        Assert.Equal(PlanTexts.Template.OnlyLeaders, forged.Text);
        Assert.Equal(0, Volatile.Read(ref uploads));
        Assert.DoesNotContain(teams.Connector.ActivitiesIn(Ola.PersonalChat), a => a.Activity["attachments"]?[0]?["contentType"]?.GetValue<string>() is TemplateCommand.ContentType or FileConsent.FileInfoContentType);
    }

    private static string ReflectionConversationData(JsonNode preview) => PublishDataOf(preview)["importId"]!.GetValue<string>();

    private static JsonNode DiscardDataOf(JsonNode preview) => preview["body"]!.AsArray().Last()!["actions"]![1]!["data"]!;

    private static async Task<Testing.Connector.FakeActivity> PressAnswerAsync(Features.Reflection.ReflectionConversation teams, Features.Reflection.TeamsUser user, JsonNode data)
    {
        var press = teams.Personal(user);
        press.Remove("text");
        press["value"] = data.DeepClone();
        press["replyToId"] = "preview-card";
        return await AnswerAsync(teams, press, user.PersonalChat);
    }

    private static async Task<T> ScalarAsync<T>(Features.Reflection.ReflectionConversation teams, string sql, object? args = null)
    {
        await using var db = await teams.OpenAsync();
        return (await db.ExecuteScalarAsync<T>(sql, args))!;
    }
}
