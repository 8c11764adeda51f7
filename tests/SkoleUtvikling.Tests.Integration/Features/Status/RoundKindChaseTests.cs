using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Features.Mellomarbeid;
using SkoleUtvikling.Bot.Features.Saker;
using SkoleUtvikling.Cards.Mellomarbeid;
using SkoleUtvikling.Cards.Saker;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Tests.Integration.Features.Mellomarbeid;
using SkoleUtvikling.Tests.Integration.Features.Reflection;
using SkoleUtvikling.Tests.Integration.Features.Saker;
using static SkoleUtvikling.Tests.Integration.Features.Mellomarbeid.MellomarbeidConversation;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Status;

/// <summary>
/// Chasing on the engine's one mechanism for the saker and mellomarbeid kinds (reflection: <see cref="StatusTests"/>):
/// after the deadline the missing people get the kind's form inline in their 1:1 chat, once a day whether
/// automatic or «Purr»; they answer there, as themselves only; the leaders hear once after the last chase.
/// </summary>
public sealed class RoundKindChaseTests
{
    /// <summary>Saker: the deadline day ends Wednesday 19 August; chases Thursday 20 and Tuesday 25 August at 08.00, the leaders told 14.00 that Tuesday.</summary>
    private static readonly DateTimeOffset SakerFirstChase = new(2020, 8, 20, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SakerLastChase = new(2020, 8, 25, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SakerEscalation = new(2020, 8, 25, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Mellomarbeid: the deadline is Friday 28 August; chases Monday 31 August and Thursday 3 September, the veilederteam told Friday 4 September, all 08.00.</summary>
    private static readonly DateTimeOffset MellomarbeidLastChase = new(2020, 9, 3, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MellomarbeidEscalation = new(2020, 9, 4, 6, 0, 0, TimeSpan.Zero);

    private static readonly SakerConversation.Sak OlaSak = new("Budsjett for modul 2", "Vi må fordele midlene til nettverksgruppene.", "Arne Kvendseth", "20");
    private static readonly SakerConversation.Sak PerSak = new("Ny timeplan for fagdagene", "Fagdagene kolliderer med nasjonale prøver.", "Per Berg", "15");
    private static readonly string[] Points = ["Lese fagtekster sammen på trinn 5", "Observere hverandres undervisning"];

    [Fact]
    public Task Saker_a_missing_person_is_chased_after_the_deadline_with_the_sak_form_once_a_day_and_answers_it_as_themselves() => SakerChaseAsync(null);

    internal static async Task SakerChaseAsync(IDictionary<string, string?>? settings)
    {
        await using var saker = await SakerConversation.StartAsync(settings);
        var teams = saker.Teams;
        Assert.Equal("message", (await saker.SubmitDialogAsync(Ola, (await saker.FetchAsync(Ola)).DialogCard!, OlaSak)).TaskType);
        await saker.DrainAsync();
        Assert.Empty(Chases(teams, Per, SakerCardTexts.ChaseIntro));

        // The first working day after the deadline day, 08.00: Per and Siri (no sak) get the form inline; Ola does not.
        await teams.MoveClockToAsync(SakerFirstChase);
        await saker.UntilAsync(() => Chases(teams, Per, SakerCardTexts.ChaseIntro).Count == 1 && Chases(teams, Siri, SakerCardTexts.ChaseIntro).Count == 1, "the automatic saker chases");
        await saker.DrainAsync();
        Assert.Empty(Chases(teams, Ola, SakerCardTexts.ChaseIntro));
        var chase = Chases(teams, Per, SakerCardTexts.ChaseIntro).Single();
        var form = chase.Activity["attachments"]![0]!["content"]!;
        Assert.Contains(OlaSak.Title, Json(form), StringComparison.Ordinal);
        Assert.DoesNotContain(Ola.Name, Json(form), StringComparison.Ordinal);
        Assert.NotNull(InputValueOrEmpty(form, "answer_tittel"));

        // Kari presses «Purr» the same day: the same key per person, round and day; nothing new is sent.
        var card = Json(await StatusCards.StatusCardAsync(teams, Kari, saker.UntilAsync));
        Assert.Contains(SakerTexts.KindName, card, StringComparison.Ordinal);
        (await teams.PressAsync(Kari, StatusCards.ChaseData(saker.RoundId, null), StatusCards.CardIdOf(teams, Kari))).EnsureSuccessStatusCode();
        await saker.UntilAsync(() => teams.UpdatesOf(StatusCards.CardIdOf(teams, Kari)).Any(u => Json(u.Activity).Contains("2 er allerede purret i dag", StringComparison.Ordinal)),
            "Kari's card saying both were chased today");
        await saker.DrainAsync();
        Assert.Single(Chases(teams, Per, SakerCardTexts.ChaseIntro));
        Assert.Single(Chases(teams, Siri, SakerCardTexts.ChaseIntro));
        Assert.Equal(2L, await ChaseRowsAsync(teams, saker.RoundId));

        // Nils (not in the team) sends Per's chase form: refused. Per answers it in his chat: a late sak, his own.
        var forged = await teams.ExecuteFormAsync(Nils, form, SakerConversation.Inputs(PerSak), chase.ActivityId);
        Assert.Equal(SakerTexts.NotInRound, forged.ActionText);
        var sent = await teams.ExecuteFormAsync(Per, form, SakerConversation.Inputs(PerSak), chase.ActivityId);
        Assert.Contains(SakerCardTexts.ReceiptHeading, Json(sent.ActionCard), StringComparison.Ordinal);
        var versions = await saker.VersionsAsync(Per);
        Assert.True(versions.Single().IsLate);
        Assert.Contains(PerSak.Title, versions.Single().AnswersJson, StringComparison.Ordinal);
        Assert.Empty(await saker.VersionsAsync(Nils));

        // Three working days later only Siri is chased again; at 14.00 the leaders (Rolf, the team's owner) hear once that she sent none.
        await teams.MoveClockToAsync(SakerLastChase);
        await saker.UntilAsync(() => Chases(teams, Siri, SakerCardTexts.ChaseIntro).Count == 2, "Siri's second chase");
        await saker.DrainAsync();
        Assert.Single(Chases(teams, Per, SakerCardTexts.ChaseIntro));
        await teams.MoveClockToAsync(SakerEscalation);
        await saker.UntilAsync(() => Chases(teams, Rolf, SakerCardTexts.EscalationHeading).Count == 1, "the leaders told");
        var told = Json(Chases(teams, Rolf, SakerCardTexts.EscalationHeading).Single().Activity);
        Assert.Contains(Siri.Name, told, StringComparison.Ordinal);
        Assert.DoesNotContain(Per.Name, told, StringComparison.Ordinal);
        Assert.Empty(Chases(teams, Siri, SakerCardTexts.EscalationHeading));

        // Once late saker are no longer taken (the saksliste's day), nobody is chased: not by «Purr», not by a chase firing late.
        await saker.DrainAsync();
        await teams.MoveClockToAsync(SakerConversation.LateEnds.AddMinutes(1));
        await StatusCards.StatusCardAsync(teams, Kari, saker.UntilAsync);
        (await teams.PressAsync(Kari, StatusCards.ChaseData(saker.RoundId, Siri.Id), StatusCards.CardIdOf(teams, Kari))).EnsureSuccessStatusCode();
        await saker.UntilAsync(() => teams.UpdatesOf(StatusCards.CardIdOf(teams, Kari)).Any(u => Json(u.Activity).Contains(Bot.Features.Status.StatusTexts.ChaseClosed, StringComparison.Ordinal)),
            "Kari's card saying the round takes no answers");
        var lateFiring = RoundReminderKeys.For(Tenant, saker.RoundId, new ScheduledReminder(SakerConversation.LateEnds.AddHours(8), ReminderKind.Chase));
        await teams.Host.Services.GetRequiredService<SkoleUtvikling.Scheduling.Jobs.IPostDispatcher>().DispatchAsync(lateFiring, SakerConversation.LateEnds.AddHours(8), late: true, CancellationToken.None);
        await saker.DrainAsync();
        Assert.Contains(teams.Logs.Entries, e => e.Message == $"Chase {lateFiring} fired after its round stopped taking answers (a late firing); nothing sent");
        Assert.Equal(2, Chases(teams, Siri, SakerCardTexts.ChaseIntro).Count);
    }

    [Fact]
    public async Task Mellomarbeid_rektor_and_SKUT_are_chased_after_the_deadline_with_the_feedback_form_and_the_veilederteam_hears_once_after_the_last_chase()
    {
        await using var m = await MellomarbeidConversation.StartAsync();
        var teams = m.Teams;
        var roundId = await m.WriteAgreementAsync(Vera, MellomarbeidTests.Deadline, Points);
        await m.Host.DrainAsync();

        // The working day after the deadline: rektor and SKUT get the feedback form inline, the agreed points its questions.
        await teams.MoveClockToAsync(MellomarbeidTests.DayAfter);
        await m.Host.UntilAsync(() => Chases(teams, Siri, MellomarbeidCardTexts.ChaseIntro).Count == 1 && Chases(teams, Per, MellomarbeidCardTexts.ChaseIntro).Count == 1,
            "the automatic mellomarbeid chases");
        await m.Host.DrainAsync();
        var chase = Chases(teams, Siri, MellomarbeidCardTexts.ChaseIntro).Single();
        var form = chase.Activity["attachments"]![0]!["content"]!;
        Assert.Contains("1. " + Points[0], Json(form), StringComparison.Ordinal);
        Assert.Contains("2. " + Points[1], Json(form), StringComparison.Ordinal);
        Assert.Contains(MellomarbeidCardTexts.SendFeedback, Json(form), StringComparison.Ordinal);
        Assert.Empty(Chases(teams, Ola, MellomarbeidCardTexts.ChaseIntro));
        Assert.Empty(Chases(teams, Vera, MellomarbeidCardTexts.ChaseIntro));

        // Vera presses «Purr» the same day: nothing new.
        await StatusCards.StatusCardAsync(teams, Vera, m.Host.UntilAsync);
        (await teams.PressAsync(Vera, StatusCards.ChaseData(roundId, null), StatusCards.CardIdOf(teams, Vera))).EnsureSuccessStatusCode();
        await m.Host.UntilAsync(() => teams.UpdatesOf(StatusCards.CardIdOf(teams, Vera)).Any(u => Json(u.Activity).Contains("er allerede purret i dag", StringComparison.Ordinal)),
            "Vera's card saying the school was chased today");
        await m.Host.DrainAsync();
        Assert.Single(Chases(teams, Siri, MellomarbeidCardTexts.ChaseIntro));
        Assert.Single(Chases(teams, Per, MellomarbeidCardTexts.ChaseIntro));

        // Three working days later they are chased again; the next working day the veilederteam hears, once.
        await teams.MoveClockToAsync(MellomarbeidLastChase);
        await m.Host.UntilAsync(() => Chases(teams, Siri, MellomarbeidCardTexts.ChaseIntro).Count == 2, "the second chase");
        Assert.Empty(m.CardsTo(Vera, MellomarbeidCardTexts.EscalationHeading));
        await m.Host.DrainAsync();
        await teams.MoveClockToAsync(MellomarbeidEscalation);
        await m.Host.UntilAsync(() => m.CardsTo(Vera, MellomarbeidCardTexts.EscalationHeading).Count == 1, "the veilederteam told");
        Assert.Contains(MellomarbeidCardTexts.Escalation("Nordby skole", 1, "28.08.2020", 7), Json(m.CardsTo(Vera, MellomarbeidCardTexts.EscalationHeading)[0].Activity), StringComparison.Ordinal);

        // Ola (a teacher) and Vera (veilederteam) send the chase form: refused. Siri sends it: the feedback reaches the veilederteam.
        var feedback = Feedback("Vi har lest to fagtekster sammen.", "Tre lærere har observert.", "Mer om vurdering.");
        Assert.Equal(MellomarbeidTexts.NoAccess, (await teams.ExecuteFormAsync(Ola, form, feedback, chase.ActivityId)).ActionText);
        Assert.Equal(MellomarbeidTexts.NoAccess, (await teams.ExecuteFormAsync(Vera, form, feedback, chase.ActivityId)).ActionText);
        Assert.Equal(0L, await m.CountAsync("SELECT COUNT(*) FROM collection_versions WHERE round_id = @roundId", new { roundId }));
        var sent = await teams.ExecuteFormAsync(Siri, form, feedback, chase.ActivityId);
        Assert.Contains(MellomarbeidCardTexts.FeedbackSentHeading, Json(sent.ActionCard), StringComparison.Ordinal);
        await m.Host.UntilAsync(() => m.InChannel(VeilederChannel, MellomarbeidCardTexts.FeedbackSentHeading).Count == 1, "the feedback in the veilederteam's channel");
        Assert.Contains(Siri.Name, Json(sent.ActionCard), StringComparison.Ordinal);
    }

    [Fact]
    public Task Purr_on_a_mellomarbeid_round_gives_rektor_and_SKUT_the_feedback_form_with_the_agreements_points_and_nobody_else() => MellomarbeidPurrAsync(null);

    internal static async Task MellomarbeidPurrAsync(IDictionary<string, string?>? settings)
    {
        await using var m = await MellomarbeidConversation.StartAsync(settings);
        var teams = m.Teams;
        var roundId = await m.WriteAgreementAsync(Vera, MellomarbeidTests.Deadline, Points);
        await m.Host.DrainAsync();

        // Siri (rektor) may not press «Purr» on the round: she does not lead it.
        (await teams.PressAsync(Siri, StatusCards.ChaseData(roundId, null), "forged")).EnsureSuccessStatusCode();
        await m.Host.UntilAsync(() => teams.Connector.ActivitiesIn(Siri.PersonalChat).Any(a => a.Activity["text"]?.GetValue<string>() == Bot.Features.Status.StatusTexts.RoundGone), "Siri's refusal");

        var card = Json(await StatusCards.StatusCardAsync(teams, Vera, m.Host.UntilAsync));
        Assert.Contains("Nordby skole", card, StringComparison.Ordinal);
        (await teams.PressAsync(Vera, StatusCards.ChaseData(roundId, Nordby), StatusCards.CardIdOf(teams, Vera))).EnsureSuccessStatusCode();
        await m.Host.UntilAsync(() => Chases(teams, Siri, MellomarbeidCardTexts.ChaseIntro).Count == 1 && Chases(teams, Per, MellomarbeidCardTexts.ChaseIntro).Count == 1, "the chases");
        await m.Host.DrainAsync();

        var toRektor = Json(Chases(teams, Siri, MellomarbeidCardTexts.ChaseIntro).Single().Activity);
        foreach (var point in Points)
        {
            Assert.Contains(point, toRektor, StringComparison.Ordinal);
        }

        Assert.Contains(MellomarbeidCardTexts.Title("Nordby skole", 1), toRektor, StringComparison.Ordinal);
        foreach (var other in new[] { Ola, Sara, Vera, Viggo, Rolf })
        {
            Assert.Empty(Chases(teams, other, MellomarbeidCardTexts.ChaseIntro));
        }

        Assert.Equal(2L, await ChaseRowsAsync(teams, roundId));
    }

    [Fact]
    public async Task Purr_on_the_evaluation_of_a_veiledning_gives_the_schools_leaders_the_evaluation_form_and_they_answer_it_as_themselves()
    {
        await using var m = await MellomarbeidConversation.StartAsync();
        var teams = m.Teams;
        await m.WriteAgreementAsync(Vera, MellomarbeidTests.Deadline, Points);
        await m.Host.DrainAsync();
        string evaluationId;
        await using (var db = await teams.OpenAsync())
        {
            evaluationId = await db.ExecuteScalarAsync<string>("SELECT round_id FROM collection_rounds WHERE kind = @Kind", new { Kind = MellomarbeidEvaluations.Kind }) ?? "";
        }

        var card = Json(await StatusCards.StatusCardAsync(teams, Vera, m.Host.UntilAsync));
        Assert.Contains(MellomarbeidTexts.EvaluationKindName, card, StringComparison.Ordinal);
        Assert.Contains(MellomarbeidTexts.KindName + " · frist", card, StringComparison.Ordinal);
        (await teams.PressAsync(Vera, StatusCards.ChaseData(evaluationId, null), StatusCards.CardIdOf(teams, Vera))).EnsureSuccessStatusCode();
        await m.Host.UntilAsync(() => Chases(teams, Rolf, MellomarbeidCardTexts.EvaluationChaseIntro).Count == 1 && Chases(teams, Siri, MellomarbeidCardTexts.EvaluationChaseIntro).Count == 1,
            "the evaluation chases to the school's leaders");
        await m.Host.DrainAsync();
        Assert.Empty(Chases(teams, Ola, MellomarbeidCardTexts.EvaluationChaseIntro));
        Assert.Empty(Chases(teams, Per, MellomarbeidCardTexts.EvaluationChaseIntro));

        var chase = Chases(teams, Rolf, MellomarbeidCardTexts.EvaluationChaseIntro).Single();
        var form = chase.Activity["attachments"]![0]!["content"]!;
        var typed = new Dictionary<string, string> { ["answer_" + MellomarbeidCards.EvaluationField(4)] = "En god og konkret veiledning." };
        Assert.Equal(MellomarbeidTexts.NoAccess, (await teams.ExecuteFormAsync(Ola, form, typed, chase.ActivityId)).ActionText);
        Assert.Equal(MellomarbeidTexts.EvaluationSent, (await teams.ExecuteFormAsync(Rolf, form, typed, chase.ActivityId)).ActionText);
        await m.Host.UntilAsync(() => m.InChannel(VeilederChannel, MellomarbeidCardTexts.EvaluationAnswersHeading).Count == 1, "the evaluation in the veilederteam's channel");
        Assert.Contains(Rolf.Name, Json(m.InChannel(VeilederChannel, MellomarbeidCardTexts.EvaluationAnswersHeading)[0].Activity), StringComparison.Ordinal);
    }

    /// <summary>Cards the bot sent the person (their 1:1 chat) containing <paramref name="text"/>.</summary>
    private static List<FakeActivity> Chases(ReflectionConversation teams, TeamsUser user, string text) =>
        [.. teams.SentTo(user).Where(a => a.Kind == "send" && Json(a.Activity).Contains(text, StringComparison.Ordinal))];

    private static async Task<long> ChaseRowsAsync(ReflectionConversation teams, string roundId)
    {
        await using var db = await teams.OpenAsync();
        return await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE @Prefix", new { Prefix = RoundReminderKeys.ChasesOf(Tenant, roundId) + "%" });
    }
}
