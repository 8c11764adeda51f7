using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Reflection;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Reflection;

/// <summary>
/// A note is read by its author and the round's leaders, never by other participants, another tenant,
/// or the channel (design decision 7). Leaders are known from the roster (owners) and configuration.
/// </summary>
public sealed class ReflectionPrivacyTests
{
    private const string OlaMessage = "Olas budskap: relasjonen til eleven er grunnmuren i klasseledelse.";
    private const string OlaPractice = "Olas praksis: hilse på hver elev i døra og bruke navnet hver time.";
    private const string PerMessage = "Pers budskap: tydelige rutiner gir ro til å lære i klasserommet.";
    private const string PerPractice = "Pers praksis: skrive dagens plan på tavla før elevene kommer inn.";

    [Fact]
    public async Task A_team_owner_asking_for_the_round_sees_every_note()
    {
        await using var teams = await TwoNotesAsync();

        var shown = await AskForRoundAsync(teams, Rolf);

        Assert.Equal(InvokeResponses.AdaptiveCardType, shown.ActionType);
        Assert.Equal(ReflectionCardTexts.RoundHeading, shown.ActionCard!["body"]![0]!["text"]!.GetValue<string>());
        Assert.All(new[] { OlaMessage, OlaPractice, PerMessage, PerPractice }, text => Assert.Contains(text, shown.Json, StringComparison.Ordinal));
        Assert.Contains("Siri Dahl", shown.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_leader_outside_the_team_sees_every_note_by_her_Entra_id()
    {
        await using var teams = await TwoNotesAsync();

        var shown = await AskForRoundAsync(teams, Kari);

        Assert.Equal(InvokeResponses.AdaptiveCardType, shown.ActionType);
        Assert.All(new[] { OlaMessage, PerPractice }, text => Assert.Contains(text, shown.Json, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_participant_asking_for_the_round_is_refused_and_sees_no_note()
    {
        await using var teams = await TwoNotesAsync();

        var shown = await AskForRoundAsync(teams, Per);

        Assert.Equal((200, InvokeResponses.MessageType), (shown.Status, shown.ActionType));
        Assert.Equal(ReflectionTexts.OnlyLeadersRead, shown.ActionText);
        Assert.DoesNotContain(OlaMessage, shown.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_leader_ids_in_another_tenant_get_nothing()
    {
        await using var teams = await TwoNotesAsync();

        var round = await AskForRoundAsync(teams, Rolf, OtherTenant);
        var dialog = await teams.FetchDialogAsync(Ola, OtherTenant);
        var refresh = await teams.ExecuteAsync(Ola, ActionIds.ReflectionRefresh, new JsonObject { [ActionIds.VerbField] = ActionIds.ReflectionRefresh, ["roundId"] = teams.RoundId },
            "1588000000999", trigger: "automatic", tenantId: OtherTenant);

        Assert.Equal(ReflectionTexts.OnlyLeadersRead, round.ActionText);
        Assert.Equal(("message", ReflectionTexts.RoundNotFound), (dialog.TaskType, dialog.DialogText));
        Assert.Equal(ReflectionTexts.RoundNotFound, refresh.ActionText);
        Assert.All(new[] { round, dialog, refresh }, answer => Assert.DoesNotContain("budskap", answer.Json, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mine_notater_typed_in_the_channel_sends_the_notes_privately_and_the_channel_only_hears_where_they_went()
    {
        await using var teams = await TwoNotesAsync();
        await teams.OutboxDrainedAsync();
        var before = teams.ChannelActivities().Count;

        (await teams.SayInChannelAsync(Ola, "mine notater")).EnsureSuccessStatusCode();

        await teams.WaitForAsync(_ => teams.SentTo(Ola).Any(IsOwnNotes) && teams.ChannelActivities().Count > before, "Ola's notes privately and the notice in the channel");
        var own = Assert.Single(teams.SentTo(Ola), IsOwnNotes);
        Assert.Contains(OlaPractice, Json(own.Activity), StringComparison.Ordinal);
        Assert.DoesNotContain(PerPractice, Json(own.Activity), StringComparison.Ordinal);
        var notice = Assert.Single(teams.ChannelActivities().Skip(before));
        Assert.Equal(ReflectionTexts.SentPrivately, notice.Text);
        await teams.OutboxDrainedAsync();
        Assert.All(teams.ChannelActivities(), a => Assert.DoesNotContain("budskap", Json(a.Activity), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Notat_typed_in_the_channel_puts_the_form_in_the_1_1_chat_and_the_channel_only_hears_where_it_is()
    {
        await using var teams = await StartAsync();
        var before = teams.ChannelActivities().Count;

        (await teams.SayInChannelAsync(Siri, "notat")).EnsureSuccessStatusCode();

        await teams.WaitForAsync(_ => teams.SentTo(Siri).Any(IsForm) && teams.ChannelActivities().Count > before, "Siri's form privately and the notice");
        Assert.Equal(ReflectionTexts.FormInPersonalChat, Assert.Single(teams.ChannelActivities().Skip(before)).Text);
        Assert.Equal(Siri.Id, Assert.Single(teams.Connector.Calls, c => c.Route == "create").Body!["members"]![0]!["id"]!.GetValue<string>());
    }

    private static bool IsOwnNotes(Testing.Connector.FakeActivity activity) =>
        activity.Activity["attachments"]?[0]?["content"]?["body"]?[0]?["text"]?.GetValue<string>() == ReflectionCardTexts.OwnNotesHeading;

    private static Task<InvokeResult> AskForRoundAsync(ReflectionConversation teams, TeamsUser who, string? tenantId = null) =>
        teams.ExecuteAsync(who, ActionIds.ReflectionRoundShow, new JsonObject { [ActionIds.VerbField] = ActionIds.ReflectionRoundShow, ["roundId"] = teams.RoundId },
            "1588000000777", tenantId: tenantId);

    /// <summary>Ola and Per have delivered through the dialog; Siri has not.</summary>
    private static async Task<ReflectionConversation> TwoNotesAsync()
    {
        var teams = await StartAsync();
        await teams.SubmitDialogAsync(Ola, (await teams.FetchDialogAsync(Ola)).DialogCard!, Answers(OlaMessage, OlaPractice));
        await teams.SubmitDialogAsync(Per, (await teams.FetchDialogAsync(Per)).DialogCard!, Answers(PerMessage, PerPractice));
        Assert.Single(await teams.VersionsAsync(Per));
        return teams;
    }
}
