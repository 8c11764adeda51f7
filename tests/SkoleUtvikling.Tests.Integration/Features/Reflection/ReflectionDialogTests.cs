using Dapper;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Reflection;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Reflection;

/// <summary>
/// «Skriv refleksjonsnotat» on the channel post opens a Teams dialog: task/fetch gives the form,
/// task/submit sends it. The note is committed before the dialog closes with «mottatt»; the receipt goes
/// to the author's 1:1 chat and the channel only ever sees the count.
/// </summary>
public sealed class ReflectionDialogTests
{
    private const string Message = "Teksten minner oss om at relasjonen til eleven er grunnmuren i klasseledelse.";
    private const string Practice = "Jeg vil hilse på hver elev i døra og bruke navnet deres hver eneste time.";

    [Fact]
    public async Task Task_fetch_answers_200_with_the_form_in_a_continue_dialog()
    {
        await using var teams = await StartAsync();

        var fetched = await teams.FetchDialogAsync(Ola);

        Assert.Equal(200, fetched.Status);
        Assert.Equal("continue", fetched.TaskType);
        Assert.Equal(ReflectionCardTexts.DialogTitle, fetched.Body["task"]!["value"]!["title"]!.GetValue<string>());
        var form = fetched.DialogCard!;
        Assert.Equal("AdaptiveCard", form["type"]!.GetValue<string>());
        Assert.NotNull(Input(form, "answer_q1"));
        Assert.NotNull(Input(form, "answer_q2"));
        var submit = SubmitDataOf(form);
        Assert.Equal((ActionIds.ReflectionSubmit, teams.RoundId), (submit[ActionIds.VerbField]!.GetValue<string>(), submit["roundId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Task_fetch_from_someone_outside_the_team_gets_a_message_and_no_form()
    {
        await using var teams = await StartAsync();

        var fetched = await teams.FetchDialogAsync(Nils);

        Assert.Equal(200, fetched.Status);
        Assert.Equal("message", fetched.TaskType);
        Assert.Equal(Bot.Features.Reflection.ReflectionTexts.NotInRound, fetched.DialogText);
    }

    [Theory]
    [InlineData("", Practice, "Dette feltet må fylles ut.")]
    [InlineData("For kort.", Practice, "Svaret er for kort. Skriv minst 20 tegn.")]
    public async Task Task_submit_with_a_missing_or_too_short_answer_shows_the_dialog_again_with_the_error_and_what_was_typed(
        string q1, string q2, string error)
    {
        await using var teams = await StartAsync();
        var form = (await teams.FetchDialogAsync(Ola)).DialogCard!;

        var submitted = await teams.SubmitDialogAsync(Ola, form, Answers(q1, q2));

        Assert.Equal(200, submitted.Status);
        Assert.Equal("continue", submitted.TaskType);
        var again = submitted.DialogCard!;
        Assert.Contains(error, Json(again), StringComparison.Ordinal);
        Assert.Equal(q2, InputValue(again, "answer_q2"));
        Assert.Equal(q1.Length == 0 ? null : q1, InputValue(again, "answer_q1"));
        Assert.Empty(await teams.VersionsAsync(Ola));
        await using var db = await teams.OpenAsync();
        Assert.Equal(0L, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE 'receipt:%' OR dedupe_key LIKE 'count:%'"));
    }

    [Fact]
    public async Task A_valid_task_submit_is_committed_before_the_dialog_closes_with_mottatt()
    {
        await using var teams = await StartAsync();
        var form = (await teams.FetchDialogAsync(Ola)).DialogCard!;

        var submitted = await teams.SubmitDialogAsync(Ola, form, Answers(Message, Practice));

        // Read straight after the HTTP response: the note must already be there.
        var stored = Assert.Single(await teams.VersionsAsync(Ola));
        Assert.Contains(Message, stored.AnswersJson, StringComparison.Ordinal);
        Assert.False(stored.IsLate);
        Assert.Equal(200, submitted.Status);
        Assert.Equal("message", submitted.TaskType);
        Assert.Contains("mottatt", submitted.DialogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_task_submit_sends_the_receipt_to_the_authors_1_1_chat_and_the_count_to_the_channel_post()
    {
        await using var teams = await StartAsync();
        var form = (await teams.FetchDialogAsync(Ola)).DialogCard!;

        await teams.SubmitDialogAsync(Ola, form, Answers(Message, Practice));

        await teams.WaitForAsync(_ => teams.SentTo(Ola).Any(IsReceipt) && teams.CountUpdates().Count > 0, "Ola's receipt and the count update");
        var create = Assert.Single(teams.Connector.Calls, c => c.Route == "create" && c.Body?["members"]?[0]?["id"]?.GetValue<string>() == Ola.Id);
        Assert.Equal(201, create.Status);
        var receipt = Assert.Single(teams.SentTo(Ola), IsReceipt);
        Assert.Contains(Message, Json(receipt.Activity), StringComparison.Ordinal);
        var count = Assert.Single(teams.CountUpdates());
        Assert.Contains($"1 av {Expected} har levert", Json(count.Activity), StringComparison.Ordinal);
        await teams.OutboxDrainedAsync();
        Assert.All(teams.ChannelActivities(), a =>
        {
            Assert.DoesNotContain(Message, Json(a.Activity), StringComparison.Ordinal);
            Assert.DoesNotContain(Practice, Json(a.Activity), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_redelivered_task_submit_with_the_same_id_sends_one_receipt_and_one_count()
    {
        await using var teams = await StartAsync();
        var form = (await teams.FetchDialogAsync(Ola)).DialogCard!;

        var first = await teams.SubmitDialogAsync(Ola, form, Answers(Message, Practice), activityId: "f:dialog-redelivered");
        var second = await teams.SubmitDialogAsync(Ola, form, Answers(Message, Practice), activityId: "f:dialog-redelivered");

        Assert.Equal(("message", "message"), (first.TaskType, second.TaskType));
        Assert.Single(await teams.VersionsAsync(Ola));
        await teams.CountReachesAsync(1, Expected);
        Assert.Single(teams.SentTo(Ola), IsReceipt);
        Assert.Single(teams.CountUpdates());
    }

    [Fact]
    public async Task Two_participants_delivering_bring_the_channel_count_to_2_of_3_and_never_back()
    {
        await using var teams = await StartAsync();
        await teams.SubmitDialogAsync(Ola, (await teams.FetchDialogAsync(Ola)).DialogCard!, Answers(Message, Practice));
        await teams.SubmitDialogAsync(Per, (await teams.FetchDialogAsync(Per)).DialogCard!, Answers(Message, Practice));

        await teams.CountReachesAsync(2, Expected);

        // Counts refreshed together may skip "1 av 3"; whatever was sent is in order and ends at 2.
        var counts = teams.CountUpdates().Select(u => Json(u.Activity)).Select(j => j.Contains($"2 av {Expected} har levert", StringComparison.Ordinal) ? 2
            : j.Contains($"1 av {Expected} har levert", StringComparison.Ordinal) ? 1 : -1).ToList();
        Assert.DoesNotContain(-1, counts);
        Assert.Equal(counts.Order(), counts);
        Assert.Equal(2, counts[^1]);
        Assert.Single(counts, 2);
    }

    private static System.Text.Json.Nodes.JsonNode? Input(System.Text.Json.Nodes.JsonNode card, string id) =>
        card["body"]!.AsArray().FirstOrDefault(e => e?["id"]?.GetValue<string>() == id);
}
