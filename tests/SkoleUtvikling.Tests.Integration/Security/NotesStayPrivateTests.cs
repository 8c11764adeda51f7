using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Reflection;
using SkoleUtvikling.Tests.Integration.Features.Reflection;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Security;

/// <summary>
/// Notes never leave 1:1 chats: a submit or a leader view that arrives from a channel is answered in
/// the person's 1:1 chat, never by overwriting a channel message, whatever <c>replyToId</c> it carries.
/// </summary>
public sealed class NotesStayPrivateTests
{
    private const string OlaMessage = "Olas budskap: relasjonen til eleven er grunnmuren i klasseledelse.";
    private const string OlaPractice = "Olas praksis: hilse på hver elev i døra og bruke navnet hver time.";
    private const string SiriMessage = "Siris budskap: elevene lærer mest når de forstår hvorfor.";
    private const string SiriPractice = "Siris praksis: skrive målet for timen på tavla og snakke om det.";

    [Fact]
    public async Task A_leader_view_submitted_in_the_channel_with_the_posts_id_as_replyToId_goes_to_the_leaders_chat()
    {
        await using var teams = await OlaDeliveredAsync();
        var forged = ChannelSubmit(teams, Rolf, new JsonObject { [ActionIds.VerbField] = ActionIds.ReflectionRoundShow, ["roundId"] = teams.RoundId });

        (await teams.PostAsync(forged)).EnsureSuccessStatusCode();

        await teams.WaitForAsync(_ => teams.SentTo(Rolf).Any(a => Json(a.Activity).Contains(OlaMessage, StringComparison.Ordinal)), "the round's notes in Rolf's chat");
        await teams.OutboxDrainedAsync();
        AssertChannelNeverShows(teams, OlaMessage);
    }

    [Fact]
    public async Task A_note_submitted_in_the_channel_with_the_posts_id_as_replyToId_gets_its_receipt_in_the_authors_chat()
    {
        await using var teams = await StartAsync();
        var form = (await teams.FetchDialogAsync(Siri)).DialogCard!;
        var data = SubmitDataOf(form);
        data["answer_q1"] = SiriMessage;
        data["answer_q2"] = SiriPractice;

        (await teams.PostAsync(ChannelSubmit(teams, Siri, data))).EnsureSuccessStatusCode();

        await teams.WaitForAsync(_ => teams.SentTo(Siri).Any(IsReceipt), "Siri's receipt in her chat");
        Assert.Single(await teams.VersionsAsync(Siri));
        await teams.OutboxDrainedAsync();
        AssertChannelNeverShows(teams, SiriMessage);
        Assert.DoesNotContain(teams.ChannelActivities(), IsReceipt);
    }

    [Fact]
    public async Task A_universal_action_from_the_channel_answers_with_a_line_and_sends_the_notes_privately()
    {
        await using var teams = await OlaDeliveredAsync();
        var invoke = teams.InChannel(Rolf);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke.Remove("text");
        invoke.Remove("entities");
        invoke["replyToId"] = teams.PostActivityId;
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = ActionIds.ReflectionRoundShow,
                ["data"] = new JsonObject { [ActionIds.VerbField] = ActionIds.ReflectionRoundShow, ["roundId"] = teams.RoundId },
            },
            ["trigger"] = "manual",
        };

        var answer = await teams.InvokeAsync(invoke);

        Assert.Equal((200, InvokeResponses.MessageType, ReflectionTexts.SentPrivately), (answer.Status, answer.ActionType, answer.ActionText));
        Assert.DoesNotContain(OlaMessage, answer.Json, StringComparison.Ordinal);
        await teams.WaitForAsync(_ => teams.SentTo(Rolf).Any(a => Json(a.Activity).Contains(OlaMessage, StringComparison.Ordinal)), "the round's notes in Rolf's chat");
        await teams.OutboxDrainedAsync();
        AssertChannelNeverShows(teams, OlaMessage);
    }

    private static void AssertChannelNeverShows(ReflectionConversation teams, string text)
    {
        Assert.All(teams.ChannelActivities(), a => Assert.DoesNotContain(text, Json(a.Activity), StringComparison.Ordinal));
        Assert.DoesNotContain(teams.Connector.Calls, c => c.Route == "update" && c.ConversationId?.StartsWith(Channel, StringComparison.Ordinal) == true
            && c.Body?.ToJsonString().Contains("answer_q1", StringComparison.Ordinal) == true);
    }

    /// <summary>An Action.Submit from a card in the channel: a message in the post's thread, <c>replyToId</c> the post.</summary>
    private static JsonObject ChannelSubmit(ReflectionConversation teams, TeamsUser user, JsonObject value)
    {
        var message = teams.InChannel(user);
        message.Remove("text");
        message["value"] = value;
        message["replyToId"] = teams.PostActivityId;
        return message;
    }

    private static async Task<ReflectionConversation> OlaDeliveredAsync()
    {
        var teams = await StartAsync();
        await teams.SubmitDialogAsync(Ola, (await teams.FetchDialogAsync(Ola)).DialogCard!, Answers(OlaMessage, OlaPractice));
        Assert.Single(await teams.VersionsAsync(Ola));
        return teams;
    }
}
