using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Reflection;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Reflection;

/// <summary>
/// The form inline in a 1:1 chat, driven by Universal Actions (<c>adaptiveCard/action</c>): send in, edit,
/// late and locked by the fake clock, the receipt's refresh, versions, and a redelivered activity.
/// </summary>
public sealed class ReflectionInlineTests
{
    private const string Message = "Teksten minner oss om at relasjonen til eleven er grunnmuren i klasseledelse.";
    private const string Practice = "Jeg vil hilse på hver elev i døra og bruke navnet deres hver eneste time.";
    private const string EditedPractice = "Jeg vil starte hver time med to minutter der elevene forteller om uka si.";

    [Fact]
    public async Task Notat_in_the_1_1_chat_gives_the_form_of_the_open_round_with_Action_Execute()
    {
        await using var teams = await StartAsync();

        var (form, _) = await teams.FormInChatAsync(Ola);

        var submit = form["body"]!.AsArray().Last()!["actions"]![0]!;
        Assert.Equal(("Action.Execute", ActionIds.ReflectionSubmit), (submit["type"]!.GetValue<string>(), submit["verb"]!.GetValue<string>()));
        Assert.Equal(teams.RoundId, submit["data"]!["roundId"]!.GetValue<string>());
        Assert.Equal("Action.Submit", submit["fallback"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reflection_submit_answers_with_the_receipt_card_after_the_commit_and_puts_the_receipt_over_the_form()
    {
        await using var teams = await StartAsync();
        var (form, formId) = await teams.FormInChatAsync(Ola);

        var answered = await teams.ExecuteFormAsync(Ola, form, Answers(Message, Practice), formId);

        Assert.Single(await teams.VersionsAsync(Ola));
        Assert.Equal((200, InvokeResponses.AdaptiveCardType), (answered.Status, answered.ActionType));
        Assert.Equal(200, answered.Body["statusCode"]!.GetValue<int>());
        Assert.Equal(ReflectionCardTexts.ReceiptHeading, answered.ActionCard!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Contains(Practice, Json(answered.ActionCard), StringComparison.Ordinal);
        await teams.WaitForAsync(_ => teams.UpdatesOf(formId).Any(IsReceipt) && teams.CountUpdates().Count > 0, "the form replaced by the receipt, and the count");
        Assert.Equal(Ola.PersonalChat, Assert.Single(teams.UpdatesOf(formId)).ConversationId);
        Assert.Contains($"1 av {Expected} har levert", Json(Assert.Single(teams.CountUpdates()).Activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reflection_edit_before_the_deadline_gives_the_form_pre_filled_with_the_note()
    {
        await using var teams = await StartAsync();
        var (form, formId) = await teams.FormInChatAsync(Ola);
        var receipt = (await teams.ExecuteFormAsync(Ola, form, Answers(Message, Practice), formId)).ActionCard!;

        var edit = EditAction(receipt);
        var edited = await teams.ExecuteAsync(Ola, edit["verb"]!.GetValue<string>(), edit["data"]!.DeepClone().AsObject(), formId);

        Assert.Equal(InvokeResponses.AdaptiveCardType, edited.ActionType);
        Assert.Equal(Message, InputValue(edited.ActionCard!, "answer_q1"));
        Assert.Equal(Practice, InputValue(edited.ActionCard!, "answer_q2"));
    }

    [Fact]
    public async Task An_edit_is_a_second_version_and_the_count_goes_up_only_once()
    {
        await using var teams = await StartAsync();
        var (form, formId) = await teams.FormInChatAsync(Ola);
        var receipt = (await teams.ExecuteFormAsync(Ola, form, Answers(Message, Practice), formId)).ActionCard!;
        var edit = EditAction(receipt);
        var again = (await teams.ExecuteAsync(Ola, edit["verb"]!.GetValue<string>(), edit["data"]!.DeepClone().AsObject(), formId)).ActionCard!;

        var resent = await teams.ExecuteFormAsync(Ola, again, Answers(Message, EditedPractice), formId);

        Assert.Contains(EditedPractice, Json(resent.ActionCard), StringComparison.Ordinal);
        Assert.Equal([1, 2], (await teams.VersionsAsync(Ola)).Select(v => v.Number));
        await teams.CountReachesAsync(1, Expected);
        var count = Assert.Single(teams.CountUpdates());
        Assert.Contains($"1 av {Expected} har levert", Json(count.Activity), StringComparison.Ordinal);
        Assert.Contains(EditedPractice, Json(teams.UpdatesOf(formId).Last(IsReceipt).Activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redelivered_submit_with_the_same_activity_id_neither_counts_nor_receipts_twice()
    {
        await using var teams = await StartAsync();
        var (form, formId) = await teams.FormInChatAsync(Ola);

        var first = await teams.ExecuteFormAsync(Ola, form, Answers(Message, Practice), formId, activityId: "f:redelivered-1");
        var second = await teams.ExecuteFormAsync(Ola, form, Answers(Message, Practice), formId, activityId: "f:redelivered-1");

        Assert.Equal(first.ActionType, second.ActionType);
        Assert.Equal(ReflectionCardTexts.ReceiptHeading, second.ActionCard!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Single(await teams.VersionsAsync(Ola));
        await teams.CountReachesAsync(1, Expected);
        Assert.Single(teams.CountUpdates());
        Assert.Single(teams.UpdatesOf(formId), IsReceipt);
    }

    [Fact]
    public async Task After_the_deadline_a_round_that_takes_late_notes_marks_the_version_late_and_the_receipt_says_so()
    {
        await using var teams = await StartAsync(new Dictionary<string, string?> { ["Reflection:LateDays"] = "3" });
        var (form, formId) = await teams.FormInChatAsync(Ola);
        await teams.MoveClockToAsync(Deadline.AddDays(1));

        var answered = await teams.ExecuteFormAsync(Ola, form, Answers(Message, Practice), formId);

        Assert.True(Assert.Single(await teams.VersionsAsync(Ola)).IsLate);
        Assert.Equal(InvokeResponses.AdaptiveCardType, answered.ActionType);
        Assert.Contains(ReflectionCardTexts.AcceptedLate("torsdag 14.05.2020 kl. 13.00"), Json(answered.ActionCard), StringComparison.Ordinal);
        Assert.DoesNotContain(ReflectionCardTexts.Edit, Json(answered.ActionCard), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_hard_close_a_submit_is_refused_and_nothing_is_stored()
    {
        await using var teams = await StartAsync(new Dictionary<string, string?> { ["Reflection:LateDays"] = "1" });
        var (form, formId) = await teams.FormInChatAsync(Ola);
        await teams.MoveClockToAsync(Deadline.AddDays(1).AddMinutes(1));

        var answered = await teams.ExecuteFormAsync(Ola, form, Answers(Message, Practice), formId);

        Assert.Equal((200, InvokeResponses.MessageType), (answered.Status, answered.ActionType));
        Assert.StartsWith("Fristen gikk ut", answered.ActionText, StringComparison.Ordinal);
        Assert.Empty(await teams.VersionsAsync(Ola));
        await teams.OutboxDrainedAsync();
        Assert.Empty(teams.UpdatesOf(formId));
        Assert.Empty(teams.CountUpdates());
    }

    [Fact]
    public async Task The_receipt_refreshes_only_for_its_author_and_a_refresh_gives_the_author_the_receipt()
    {
        await using var teams = await StartAsync();
        var (form, formId) = await teams.FormInChatAsync(Ola);
        var receipt = (await teams.ExecuteFormAsync(Ola, form, Answers(Message, Practice), formId)).ActionCard!;

        var refresh = receipt["refresh"]!;
        var refreshed = await teams.ExecuteAsync(Ola, refresh["action"]!["verb"]!.GetValue<string>(),
            refresh["action"]!["data"]!.DeepClone().AsObject(), formId, trigger: "automatic");

        Assert.Equal([Ola.Id], refresh["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal(ActionIds.ReflectionRefresh, refresh["action"]!["verb"]!.GetValue<string>());
        Assert.Equal(ReflectionCardTexts.ReceiptHeading, refreshed.ActionCard!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Contains(Practice, Json(refreshed.ActionCard), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresh_sent_by_someone_else_never_shows_the_authors_note()
    {
        await using var teams = await StartAsync();
        var (form, formId) = await teams.FormInChatAsync(Ola);
        var receipt = (await teams.ExecuteFormAsync(Ola, form, Answers(Message, Practice), formId)).ActionCard!;
        var refresh = receipt["refresh"]!["action"]!;

        var other = await teams.ExecuteAsync(Per, refresh["verb"]!.GetValue<string>(), refresh["data"]!.DeepClone().AsObject(), formId, trigger: "automatic");

        Assert.Equal(200, other.Status);
        Assert.DoesNotContain(Practice, other.Json, StringComparison.Ordinal);
        Assert.DoesNotContain(Message, other.Json, StringComparison.Ordinal);
    }

    private static System.Text.Json.Nodes.JsonNode EditAction(System.Text.Json.Nodes.JsonNode receipt) =>
        receipt["body"]!.AsArray().Last(e => e?["type"]?.GetValue<string>() == "ActionSet")!["actions"]![0]!;
}
