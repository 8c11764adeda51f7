using System.Text.Json.Nodes;
using Dapper;
using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Tests.Integration.Features.Reflection;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;
using static SkoleUtvikling.Tests.Integration.Security.HostileTeams;

namespace SkoleUtvikling.Tests.Integration.Security;

/// <summary>
/// A team owner removed from the team stops leading it when Teams' membership event arrives, although
/// the roster answer the bot cached an hour ago (and a lagging roster) still says owner.
/// </summary>
public sealed class RemovedOwnerTests
{
    [Fact]
    public async Task A_removed_owner_can_no_longer_set_questions_or_read_the_rounds_notes()
    {
        await using var teams = await StartAsync();
        await teams.SubmitDialogAsync(Ola, (await teams.FetchDialogAsync(Ola)).DialogCard!, Answers("Olas budskap om klasseledelse i praksis.", "Olas praksis: hilse på hver elev i døra."));
        var asOwner = await AnswerAsync(teams, InTeamChannel(teams, Rolf, TeamId, Channel, "spørsmål Hva lærte du?"), Channel);
        var notesAsOwner = await AskForRoundAsync(teams);
        Assert.Equal(ReflectionTexts.QuestionsSaved(["Hva lærte du?"], 0), asOwner.Text);
        Assert.Contains("Olas budskap", notesAsOwner.Json, StringComparison.Ordinal);

        (await teams.PostAsync(MemberRemoved(Rolf))).EnsureSuccessStatusCode();
        var afterRemoval = await AnswerAsync(teams, InTeamChannel(teams, Rolf, TeamId, Channel, "spørsmål Er du fortsatt leder?"), Channel);
        var notesAfterRemoval = await AskForRoundAsync(teams);

        Assert.Equal(ReflectionTexts.QuestionsOnlyLeaders, afterRemoval.Text);
        Assert.Equal(ReflectionTexts.OnlyLeadersRead, notesAfterRemoval.ActionText);
        await using var db = await teams.OpenAsync();
        var stored = await db.ExecuteScalarAsync<string>("SELECT questions_json FROM reflection_questions WHERE channel_id = @Channel", new { Channel });
        Assert.Equal(["Hva lærte du?"], System.Text.Json.JsonSerializer.Deserialize<string[]>(stored!) ?? []);
    }

    private static Task<InvokeResult> AskForRoundAsync(ReflectionConversation teams) =>
        teams.ExecuteAsync(Rolf, ActionIds.ReflectionRoundShow, new JsonObject { [ActionIds.VerbField] = ActionIds.ReflectionRoundShow, ["roundId"] = teams.RoundId }, "1588000000777");

    /// <summary>Teams' conversationUpdate when someone is removed from the team (teamMemberRemoved).</summary>
    private static JsonObject MemberRemoved(TeamsUser user) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = $"f:{Guid.NewGuid()}",
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = Kari.Id, ["aadObjectId"] = Kari.Aad },
        ["recipient"] = new JsonObject { ["id"] = ReflectionConversation.Bot, ["name"] = "SkoleUtvikling" },
        ["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = Tenant, ["id"] = TeamId },
        ["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = user.Id, ["aadObjectId"] = user.Aad }),
        ["channelData"] = new JsonObject
        {
            ["eventType"] = "teamMemberRemoved",
            ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Oppvekst Vestvågøy" },
            ["tenant"] = new JsonObject { ["id"] = Tenant },
        },
    };
}
