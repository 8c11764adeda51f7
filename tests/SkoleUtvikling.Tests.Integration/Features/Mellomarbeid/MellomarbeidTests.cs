using System.Text.Json.Nodes;
using Dapper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SkoleUtvikling.Bot.Features.Mellomarbeid;
using SkoleUtvikling.Cards.Mellomarbeid;
using SkoleUtvikling.Testing.Connector;
using static SkoleUtvikling.Tests.Integration.Features.Mellomarbeid.MellomarbeidConversation;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Mellomarbeid;

/// <summary>
/// Mellomarbeid on the real bot: Vera (veilederteam) writes the agreement after a veiledning; it reaches
/// rektor Siri and Nordby's SKUT channel and is round 1; rektor and SKUT are reminded (fake clock); Per
/// (SKUT) saves a draft, Siri finishes and sends it; the veilederteam is told and the Word document is filed
/// once; reminders stop. The clock starts on Wednesday 12 August 2020, 08.00 Oslo; the deadline is Friday 28 August.
/// </summary>
public sealed class MellomarbeidTests
{
    public const string Deadline = "2020-08-28";
    public static readonly DateTimeOffset SevenDaysBefore = new(2020, 8, 21, 6, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset TwoDaysBefore = new(2020, 8, 26, 6, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset DayAfter = new(2020, 8, 31, 6, 0, 0, TimeSpan.Zero);

    /// <summary>The working day after the last chase (Thursday 3 September), 08.00: the veilederteam is told.</summary>
    public static readonly DateTimeOffset EscalationAfterChases = new(2020, 9, 4, 6, 0, 0, TimeSpan.Zero);
    private static readonly string[] Points = ["Lese fagtekster sammen på trinn 5", "Observere hverandres undervisning"];

    [Fact]
    public async Task Agreement_to_rektor_and_SKUT_reminders_a_draft_by_SKUT_sent_by_rektor_the_veilederteam_told_and_filed_once()
    {
        await using var m = await MellomarbeidConversation.StartAsync();
        var teams = m.Teams;

        var roundId = await m.WriteAgreementAsync(Vera, Deadline, Points);

        // Rektor in 1:1 (with «Gi tilbakemelding»), the school's SKUT channel; nobody else at the school.
        await m.Host.UntilAsync(() => m.CardsTo(Siri, MellomarbeidCardTexts.AgreementHeading).Count == 1, "the agreement in Siri's chat");
        var toRektor = Json(m.CardsTo(Siri, MellomarbeidCardTexts.AgreementHeading)[0].Activity);
        Assert.Contains("1. " + Points[0], toRektor, StringComparison.Ordinal);
        Assert.Contains(MellomarbeidCardTexts.GiveFeedback, toRektor, StringComparison.Ordinal);
        Assert.Contains("10.09.2020 kl. 12:30", toRektor, StringComparison.Ordinal);
        await m.Host.UntilAsync(() => m.InChannel(Channel, MellomarbeidCardTexts.AgreementHeading).Count == 1, "the agreement in Nordby's SKUT channel");
        Assert.Empty(m.CardsTo(Ola, MellomarbeidCardTexts.AgreementHeading));
        Assert.Equal(1L, await m.CountAsync("SELECT round_number FROM mellomarbeid_agreements WHERE round_id = @roundId", new { roundId }));

        // Seven days before: rektor and SKUT are reminded with the agreement and «Gi tilbakemelding».
        await m.Host.DrainAsync();
        await teams.MoveClockToAsync(SevenDaysBefore);
        await m.Host.UntilAsync(() => m.CardsTo(Siri, MellomarbeidCardTexts.ReminderHeading).Count == 1 && m.CardsTo(Per, MellomarbeidCardTexts.ReminderHeading).Count == 1, "the 7-day reminders");
        Assert.Contains(MellomarbeidCardTexts.GiveFeedback, Json(m.CardsTo(Siri, MellomarbeidCardTexts.ReminderHeading)[0].Activity), StringComparison.Ordinal);
        Assert.Empty(m.CardsTo(Ola, MellomarbeidCardTexts.ReminderHeading));

        // Per (SKUT) starts a draft; he may not send it: «Send» keeps it as a draft and says so.
        var perForm = (await m.OpenFeedbackAsync(Per, roundId)).ActionCard!;
        Assert.Contains(MellomarbeidCardTexts.HowWorked, Json(perForm), StringComparison.Ordinal);
        var draft = await m.SaveFeedbackAsync(Per, perForm, Feedback("Vi har lest to fagtekster sammen.", "", ""), draft: true);
        Assert.Contains(MellomarbeidTexts.DraftSaved, Json(draft.ActionCard), StringComparison.Ordinal);
        var perSend = await m.SaveFeedbackAsync(Per, draft.ActionCard!, Feedback("Vi har lest to fagtekster sammen.", "Tre lærere har observert.", "Mer om vurdering."), draft: false);
        Assert.Contains(MellomarbeidTexts.OnlyRektorSends, Json(perSend.ActionCard), StringComparison.Ordinal);

        // Siri opens it with Per's text, finishes and sends.
        var siriForm = (await m.OpenFeedbackAsync(Siri, roundId)).ActionCard!;
        Assert.Equal("Tre lærere har observert.", InputValue(siriForm, "answer_" + MellomarbeidCards.WorkedField(2)));
        var sent = await m.SaveFeedbackAsync(Siri, siriForm, Feedback("Vi har lest to fagtekster sammen på fellestid.", "Tre lærere har observert hverandre.", "Mer om vurdering for læring."), draft: false);
        Assert.Contains(MellomarbeidCardTexts.FeedbackSentHeading, Json(sent.ActionCard), StringComparison.Ordinal);
        Assert.Contains("Siri Dahl", Json(sent.ActionCard), StringComparison.Ordinal);

        // The veilederteam is told in its own channel, with the feedback.
        await m.Host.UntilAsync(() => m.InChannel(VeilederChannel, MellomarbeidCardTexts.FeedbackSentHeading).Count == 1, "the feedback in the veilederteam's channel");
        Assert.Contains("Tre lærere har observert hverandre.", Json(m.InChannel(VeilederChannel, MellomarbeidCardTexts.FeedbackSentHeading)[0].Activity), StringComparison.Ordinal);
        Assert.Empty(m.InChannel(Channel, MellomarbeidCardTexts.FeedbackSentHeading));

        // Filed once, agreement and feedback together.
        string? location = null;
        await m.Host.EventuallyAsync(async db => (location = await db.ExecuteScalarAsync<string?>(
            "SELECT location FROM filing_jobs WHERE document_kind = 'mellomarbeid' AND status = 'filed'")) is not null, "the document to be filed");
        Assert.EndsWith(Path.Combine("Mellomarbeid", "Nordby skole", "Runde 1.docx"), location, StringComparison.Ordinal);
        var text = string.Join("\n", Paragraphs(await File.ReadAllBytesAsync(location!)));
        Assert.Contains("1. " + Points[0], text, StringComparison.Ordinal);
        Assert.Contains("Vi har lest to fagtekster sammen på fellestid.", text, StringComparison.Ordinal);
        Assert.Contains("Mer om vurdering for læring.", text, StringComparison.Ordinal);

        // Sending again changes nothing and files nothing more.
        var again = await m.SaveFeedbackAsync(Siri, siriForm, Feedback("Endret etterpå.", "x", "y"), draft: false);
        Assert.Equal(MellomarbeidTexts.AlreadySent, again.ActionText);
        Assert.Equal(1L, await m.CountAsync("SELECT COUNT(*) FROM filing_jobs WHERE document_kind = 'mellomarbeid'"));

        // Reminders stop: the two-day moment fires and reminds nobody; no escalation either.
        await m.Host.DrainAsync();
        await teams.MoveClockToAsync(TwoDaysBefore);
        await m.Host.UntilAsync(() => teams.Logs.Entries.Any(e => e.Message == $"Round {roundId}: Remind queued for 0 people"), "the two-day moment to fire");
        await m.Host.DrainAsync();
        await teams.MoveClockToAsync(DayAfter);
        await m.Host.UntilAsync(() => teams.Logs.Entries.Any(e => e.Message == $"Round {roundId}: Chase queued for 0 people"), "the first chase moment to fire");
        Assert.Single(m.CardsTo(Siri, MellomarbeidCardTexts.ReminderHeading));
        Assert.Empty(m.CardsTo(Vera, MellomarbeidCardTexts.EscalationHeading));

        // The overview: delivered.
        var (status, _, _) = await m.AskPersonallyAsync(Vera, "mellomarbeid status");
        Assert.Contains(MellomarbeidCardTexts.StatusLine(1, "12.08.2020", "28.08.2020", MellomarbeidCardTexts.Delivered), Json(status), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missed_deadline_is_told_to_the_veilederteam_once_with_the_days_late_and_the_overview_shows_it()
    {
        await using var m = await MellomarbeidConversation.StartAsync();
        var roundId = await m.WriteAgreementAsync(Viggo, Deadline, Points);

        // Rektor and SKUT are chased first (the working day after and three working days later); the veilederteam hears the working day after the last chase.
        await m.Host.DrainAsync();
        await m.Teams.MoveClockToAsync(DayAfter);
        await m.Host.UntilAsync(() => m.CardsTo(Siri, MellomarbeidCardTexts.ChaseIntro).Count == 1, "the first chase");
        Assert.Empty(m.CardsTo(Vera, MellomarbeidCardTexts.EscalationHeading));
        await m.Host.DrainAsync();
        // Teams answers Vera's escalation slowly (four seconds of real time, as on a loaded machine): waiting must not
        // move the bot's clock past its send timeout under the call, or the escalation would be sent again.
        m.Teams.Connector.Faults.Add(FakeFault.Slow(TimeSpan.FromSeconds(4)), times: 1,
            when: call => call.Route == "send" && call.Body?["recipient"]?["id"]?.GetValue<string>() == Vera.Id);
        await m.Teams.MoveClockToAsync(EscalationAfterChases);
        await m.Host.UntilAsync(() => m.CardsTo(Vera, MellomarbeidCardTexts.EscalationHeading).Count >= 1 && m.CardsTo(Viggo, MellomarbeidCardTexts.EscalationHeading).Count == 1,
            "the missed deadline told to the veilederteam");
        await m.Host.DrainAsync();
        Assert.Single(m.CardsTo(Vera, MellomarbeidCardTexts.EscalationHeading));
        var told = Json(m.CardsTo(Vera, MellomarbeidCardTexts.EscalationHeading)[0].Activity);
        Assert.Contains(MellomarbeidCardTexts.Escalation("Nordby skole", 1, "28.08.2020", 7), told, StringComparison.Ordinal);
        Assert.Empty(m.CardsTo(Siri, MellomarbeidCardTexts.EscalationHeading));

        // Not repeated: a week later there is still one, and the overview counts the days.
        await m.Host.DrainAsync();
        await m.Teams.MoveClockToAsync(DayAfter.AddDays(7));
        await m.Host.DrainAsync();
        Assert.Single(m.CardsTo(Vera, MellomarbeidCardTexts.EscalationHeading));
        Assert.Equal(2L, await m.CountAsync("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE '%round:' || @roundId || '/escalate%'", new { roundId }));
        var (status, _, _) = await m.AskPersonallyAsync(Vera, "mellomarbeid status");
        Assert.Contains(MellomarbeidCardTexts.DaysLate(10), Json(status), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_agreement_comes_back_with_norwegian_errors_and_everything_typed_and_nothing_is_sent()
    {
        await using var m = await MellomarbeidConversation.StartAsync();
        var (form, id) = await m.AgreementFormAsync(Vera);
        var typed = MellomarbeidConversation.Agreement("2020-08-01");

        var back = await m.Teams.ExecuteFormAsync(Vera, form, typed, id);

        var card = back.ActionCard!;
        Assert.Contains("Skriv minst ett punkt.", Json(card), StringComparison.Ordinal);
        Assert.Contains("Velg en dato fra og med 12.08.2020.", Json(card), StringComparison.Ordinal);
        Assert.Equal("Vurdering for læring", InputValue(card, "answer_" + MellomarbeidCards.Theme));
        Assert.Equal("Kapittel 3 i «Lærende nettverk».", InputValue(card, "answer_" + MellomarbeidCards.Reading));
        Assert.Equal(0L, await m.CountAsync("SELECT COUNT(*) FROM mellomarbeid_agreements"));

        // A teacher of the school cannot write one.
        Assert.Equal(MellomarbeidTexts.OnlyVeilederteam, (await m.AskPersonallyAsync(Ola, "mellomarbeid")).Text);
        var forged = await m.Teams.ExecuteFormAsync(Ola, form, MellomarbeidConversation.Agreement(Deadline, Points), id);
        Assert.Equal(MellomarbeidTexts.OnlyVeilederteam, forged.ActionText);
        Assert.Equal(0L, await m.CountAsync("SELECT COUNT(*) FROM mellomarbeid_agreements"));
    }

    [Fact]
    public async Task A_teacher_of_the_school_another_schools_rektor_and_a_non_member_cannot_read_or_write_the_agreement_or_feedback()
    {
        await using var m = await MellomarbeidConversation.StartAsync();
        var roundId = await m.WriteAgreementAsync(Vera, Deadline, Points);
        var siriForm = (await m.OpenFeedbackAsync(Siri, roundId)).ActionCard!;
        var sent = await m.SaveFeedbackAsync(Siri, siriForm, Feedback("Hemmelig tilbakemelding om trinn 5.", "Observert.", "Vurdering."), draft: false);
        Assert.Contains(MellomarbeidCardTexts.FeedbackSentHeading, Json(sent.ActionCard), StringComparison.Ordinal);

        foreach (var outsider in new[] { Ola, Sara, Nils, Rolf })
        {
            var opened = await m.OpenFeedbackAsync(outsider, roundId);
            Assert.Equal(MellomarbeidTexts.NoAccess, opened.ActionText);
            var written = await m.SaveFeedbackAsync(outsider, siriForm, Feedback("Overskrevet av en uvedkommende.", "x", "y"), draft: true);
            Assert.Equal(MellomarbeidTexts.NoAccess, written.ActionText);
            var (card, text, _) = await m.AskPersonallyAsync(outsider, "mellomarbeid status");
            Assert.Null(card);
            Assert.Equal(MellomarbeidTexts.OnlyVeilederteam, text);
        }

        Assert.DoesNotContain(m.Teams.Connector.Activities, a => a.Activity["recipient"]?["id"]?.GetValue<string>() is { } to
            && (to == Ola.Id || to == Sara.Id || to == Nils.Id || to == Rolf.Id) && Json(a.Activity).Contains("Hemmelig", StringComparison.Ordinal));
        Assert.Equal(1L, await m.CountAsync("SELECT COUNT(*) FROM collection_versions WHERE round_id = @roundId", new { roundId }));

        // The veilederteam reads it; another tenant's claim of the round finds nothing.
        Assert.Contains("Hemmelig tilbakemelding", Json((await m.OpenFeedbackAsync(Viggo, roundId)).ActionCard), StringComparison.Ordinal);
        var otherTenant = await m.Teams.ExecuteAsync(Siri, MellomarbeidVerbs.OpenFeedback,
            new JsonObject { ["verb"] = MellomarbeidVerbs.OpenFeedback, [MellomarbeidVerbs.RoundId] = roundId }, "agreement-card", tenantId: OtherTenant);
        Assert.DoesNotContain("Hemmelig", otherTenant.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_pressed_twice_keeps_one_round_and_the_next_agreement_is_round_two_in_the_school_history()
    {
        await using var m = await MellomarbeidConversation.StartAsync();
        var (form, id) = await m.AgreementFormAsync(Vera);

        var first = await m.Teams.ExecuteFormAsync(Vera, form, MellomarbeidConversation.Agreement(Deadline, Points), id);
        var twice = await m.Teams.ExecuteFormAsync(Vera, form, MellomarbeidConversation.Agreement(Deadline, Points), id);

        Assert.Equal(MellomarbeidTexts.AgreementSent("Nordby skole", 1, skutChannel: true), first.ActionText);
        Assert.Equal(first.ActionText, twice.ActionText);
        Assert.Equal(1L, await m.CountAsync("SELECT COUNT(*) FROM mellomarbeid_agreements"));
        await m.Host.DrainAsync();
        Assert.Single(m.CardsTo(Siri, MellomarbeidCardTexts.AgreementHeading));

        // The next veiledning's agreement (other points) is round 2; the overview shows the newest.
        var next = await m.Teams.ExecuteFormAsync(Viggo, form, MellomarbeidConversation.Agreement("2020-09-25", "Prøve ut læringspartnere"), id);
        Assert.Equal(MellomarbeidTexts.AgreementSent("Nordby skole", 2, skutChannel: true), next.ActionText);
        await using (var db = await m.Teams.OpenAsync())
        {
            Assert.Equal([1L, 2L], (await db.QueryAsync<long>("SELECT round_number FROM mellomarbeid_agreements ORDER BY round_number")).ToList());
        }

        var (status, _, _) = await m.AskPersonallyAsync(Vera, "mellomarbeid status");
        Assert.Contains(MellomarbeidCardTexts.StatusLine(2, "12.08.2020", "25.09.2020", MellomarbeidCardTexts.NotDelivered), Json(status), StringComparison.Ordinal);
        Assert.Contains("Skrevet av", Json(m.CardsTo(Siri, MellomarbeidCardTexts.AgreementHeading)[0].Activity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_configured_rektor_the_schools_team_owners_receive_the_agreement_and_send_the_feedback()
    {
        await using var m = await MellomarbeidConversation.StartAsync(new Dictionary<string, string?> { ["Units:Schools:0:Name"] = "Ei anna skole" });
        var roundId = await m.WriteAgreementAsync(Vera, Deadline, Points);

        await m.Host.UntilAsync(() => m.CardsTo(Rolf, MellomarbeidCardTexts.AgreementHeading).Count == 1, "the agreement in Rolf's chat");
        Assert.Empty(m.CardsTo(Siri, MellomarbeidCardTexts.AgreementHeading));
        var form = (await m.OpenFeedbackAsync(Rolf, roundId)).ActionCard!;
        var sent = await m.SaveFeedbackAsync(Rolf, form, Feedback("Vi har lest.", "Vi har observert.", "Vurdering."), draft: false);
        Assert.Contains(MellomarbeidCardTexts.FeedbackSentHeading, Json(sent.ActionCard), StringComparison.Ordinal);
        Assert.Equal(MellomarbeidTexts.NoAccess, (await m.OpenFeedbackAsync(Siri, roundId)).ActionText);
    }

    [Fact]
    public async Task The_evaluation_of_the_veiledning_goes_to_the_schools_leaders_and_their_answers_to_the_veilederteam()
    {
        await using var m = await MellomarbeidConversation.StartAsync();
        await m.WriteAgreementAsync(Vera, Deadline, Points);

        // The school's leaders (its team's owner Rolf and rektor Siri) get §3.4 del 4; a teacher does not.
        await m.Host.UntilAsync(() => m.CardsTo(Rolf, MellomarbeidCardTexts.EvaluationHeading).Count == 1 && m.CardsTo(Siri, MellomarbeidCardTexts.EvaluationHeading).Count == 1,
            "the evaluation form to the school's leaders");
        Assert.Empty(m.CardsTo(Ola, MellomarbeidCardTexts.EvaluationHeading));
        Assert.Empty(m.CardsTo(Per, MellomarbeidCardTexts.EvaluationHeading));
        var evaluation = m.CardsTo(Rolf, MellomarbeidCardTexts.EvaluationHeading)[0];
        var form = evaluation.Activity["attachments"]![0]!["content"]!;
        Assert.Contains("Hva ble tydeligere i dag?", Json(form), StringComparison.Ordinal);

        // The overall impression is required: the form comes back with what was typed.
        var typed = new Dictionary<string, string> { ["answer_" + MellomarbeidCards.EvaluationField(1)] = "Rollene i SKUT ble tydeligere." };
        var back = await m.Teams.ExecuteFormAsync(Rolf, form, typed, evaluation.ActivityId);
        Assert.Equal("Rollene i SKUT ble tydeligere.", InputValue(back.ActionCard!, "answer_" + MellomarbeidCards.EvaluationField(1)));
        Assert.Contains("Dette feltet må fylles ut.", Json(back.ActionCard), StringComparison.Ordinal);

        typed["answer_" + MellomarbeidCards.EvaluationField(4)] = "En god og konkret veiledning.";
        var sent = await m.Teams.ExecuteFormAsync(Rolf, form, typed, evaluation.ActivityId);
        Assert.Equal(MellomarbeidTexts.EvaluationSent, sent.ActionText);
        await m.Host.UntilAsync(() => m.InChannel(VeilederChannel, MellomarbeidCardTexts.EvaluationAnswersHeading).Count == 1, "the evaluation in the veilederteam's channel");
        var posted = Json(m.InChannel(VeilederChannel, MellomarbeidCardTexts.EvaluationAnswersHeading)[0].Activity);
        Assert.Contains("En god og konkret veiledning.", posted, StringComparison.Ordinal);
        Assert.Contains("Rolf Rektor", posted, StringComparison.Ordinal);

        // A teacher using the same card is refused and nothing is posted.
        var forged = await m.Teams.ExecuteFormAsync(Ola, form, typed, evaluation.ActivityId);
        Assert.Equal(MellomarbeidTexts.NoAccess, forged.ActionText);
        await m.Host.DrainAsync();
        Assert.Single(m.InChannel(VeilederChannel, MellomarbeidCardTexts.EvaluationAnswersHeading));
    }

    [Fact]
    public Task Two_editors_saving_one_draft_at_once_on_SQLite_lose_no_text_and_the_later_is_told() => TwoEditorsAsync(null);

    /// <summary>Siri and Per open the same draft and save at once: one version wins, the other gets the form back with their text and who saved.</summary>
    internal static async Task TwoEditorsAsync(IDictionary<string, string?>? settings)
    {
        await using var m = await MellomarbeidConversation.StartAsync(settings);
        var roundId = await m.WriteAgreementAsync(Vera, Deadline, Points);
        var siriForm = (await m.OpenFeedbackAsync(Siri, roundId)).ActionCard!;
        var perForm = (await m.OpenFeedbackAsync(Per, roundId)).ActionCard!;

        var results = await Task.WhenAll(
            m.SaveFeedbackAsync(Siri, siriForm, Feedback("Siris tekst om lesing.", "", ""), draft: true),
            m.SaveFeedbackAsync(Per, perForm, Feedback("Pers tekst om lesing.", "", ""), draft: true));

        var texts = results.Select(r => Json(r.ActionCard)).ToList();
        var saved = texts.Count(t => t.Contains(MellomarbeidTexts.DraftSaved, StringComparison.Ordinal));
        Assert.Equal(1, saved);
        var loser = texts.Single(t => !t.Contains(MellomarbeidTexts.DraftSaved, StringComparison.Ordinal));
        var loserText = loser.Contains("Siris tekst", StringComparison.Ordinal) ? "Siris tekst om lesing." : "Pers tekst om lesing.";
        Assert.Contains(loserText, loser, StringComparison.Ordinal);
        Assert.Contains(loserText == "Siris tekst om lesing." ? "Per Berg" : "Siri Dahl", loser, StringComparison.Ordinal);
        Assert.Equal(1L, await m.CountAsync("SELECT COUNT(*) FROM collection_versions WHERE round_id = @roundId", new { roundId }));

        // The one told saves again on the newer version: both texts are now in the history.
        var retry = await m.SaveFeedbackAsync(loserText.StartsWith("Siri", StringComparison.Ordinal) ? Siri : Per,
            results[texts.IndexOf(loser)].ActionCard!, Feedback(loserText, "", ""), draft: true);
        Assert.Contains(MellomarbeidTexts.DraftSaved, Json(retry.ActionCard), StringComparison.Ordinal);
        Assert.Equal(2L, await m.CountAsync("SELECT COUNT(*) FROM collection_versions WHERE round_id = @roundId", new { roundId }));

        // A draft is not a delivery: the overview (its newest-round query) still says not delivered.
        var (status, _, _) = await m.AskPersonallyAsync(Vera, "mellomarbeid status");
        Assert.Contains(MellomarbeidCardTexts.StatusLine(1, "12.08.2020", "28.08.2020", MellomarbeidCardTexts.NotDelivered), Json(status), StringComparison.Ordinal);
    }

    private static List<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return [.. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)))];
    }
}
