using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Cards.Forms;
using SkoleUtvikling.Cards.Mellomarbeid;

namespace SkoleUtvikling.Bot.Features.Mellomarbeid;

/// <summary>
/// The evaluation of the day's veiledning (seed 001 §3.4, del 4): with each agreement, a person round of
/// the <see cref="Kind"/> kind asks each of the school's leaders (reachable in Teams) four short
/// questions; each answer sent goes to the veilederteam's channel. No reminders: it is a short, optional
/// form, open until the feedback deadline.
/// </summary>
public sealed class MellomarbeidEvaluations(RoundOpener opener, RoundStore store, MellomarbeidRounds rounds, IOutbox outbox, TimeProvider time, ILogger<MellomarbeidEvaluations> logger)
{
    public const string Kind = "mellomarbeid-evaluering";
    private const string SubjectPrefix = "mellomarbeid-evaluering:";

    public static FormDefinition Form()
    {
        var questions = MellomarbeidCardTexts.EvaluationQuestions;
        return new FormDefinition(Kind, MellomarbeidCardTexts.EvaluationHeading,
            [.. questions.Select((q, i) => new FormField(MellomarbeidCards.EvaluationField(i + 1), q, FieldKind.LongText, required: i == questions.Count - 1, maxLength: MellomarbeidCards.MaxFeedbackLength))]);
    }

    /// <summary>Opens the evaluation of the agreement's veiledning and sends its form to each of the school's leaders, once.</summary>
    public async Task OpenAsync(RoundRecord agreementRound, MellomarbeidAgreement agreement, UnitPeople school, ChannelAccount? bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agreementRound);
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(school);
        var leaders = school.Leaders.Where(p => !p.UserId.StartsWith("aad:", StringComparison.Ordinal)).ToList();
        if (leaders.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        var people = leaders.Select(p => new RoundPerson(p.UserId, RoundRole.Participant, p.AadObjectId, p.Name))
            .Concat(agreementRound.People.Where(p => p.Role == RoundRole.Leader))
            .DistinctBy(p => p.UserId, StringComparer.OrdinalIgnoreCase).ToList();
        var opening = new RoundOpening(Kind, agreementRound.TenantId, Form(), SubjectPrefix + agreementRound.Id, agreementRound.Title, agreementRound.Meeting,
            agreementRound.MeetingDate, agreementRound.TeamId, agreementRound.Round.ChannelId, agreementRound.ServiceUrl, $"mellomarbeid-evaluering-post:{agreementRound.Id}",
            people, now, agreementRound.Round.Deadline, LatePolicy.AcceptLateUntil(agreementRound.Round.Deadline.AddDays(30)))
        {
            Reminders = ReminderPolicy.None,
        };
        await opener.OpenAsync(opening, async (c, t, opened) =>
        {
            var card = FormCard.Build(MellomarbeidCards.EvaluationForm(agreement, opened.Id));
            foreach (var leader in leaders)
            {
                var message = OutgoingActivities.Card(card.DeepClone().AsObject());
                message.From = bot;
                message.Recipient = new ChannelAccount { Id = leader.UserId };
                await outbox.EnqueueAsync(c, t, new OutboxMessage($"mellomarbeid-evaluering:{opened.Id}:{leader.UserId}", opened.TenantId, opened.ServiceUrl,
                    leader.UserId, OutboxOperation.CreatePersonal, message), cancellationToken);
            }
        }, cancellationToken);
        outbox.NotifyCommitted();
    }

    /// <summary>The agreement round an evaluation round belongs to, or null (static: the round kind may not depend on this service, which opens rounds).</summary>
    public static Task<MellomarbeidRound?> AgreementOfAsync(MellomarbeidRounds rounds, RoundRecord evaluation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.Kind == Kind && evaluation.Round.PlanEventKey.StartsWith(SubjectPrefix, StringComparison.Ordinal)
            ? rounds.RoundAsync(evaluation.TenantId, evaluation.Round.PlanEventKey[SubjectPrefix.Length..], cancellationToken)
            : Task.FromResult<MellomarbeidRound?>(null);
    }

    /// <summary>«Send evalueringen»: one of the school's leaders answers; the veilederteam's channel gets it.</summary>
    public async Task<MellomarbeidReply> SaveAsync(Activity activity, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        var tenantId = activity.TenantId ?? "";
        var roundId = Cards.Common.SubmitData.Field(activity.Value, MellomarbeidVerbs.RoundId);
        if (string.IsNullOrWhiteSpace(roundId) || await store.RoundAsync(tenantId, roundId, cancellationToken) is not { } round || round.Kind != Kind
            || await rounds.RoundAsync(tenantId, round.Round.PlanEventKey[SubjectPrefix.Length..], cancellationToken) is not { } agreement)
        {
            return MellomarbeidReply.Of(MellomarbeidTexts.NotFound);
        }

        if (!round.Round.Participants.Contains(user.Id))
        {
            MellomarbeidLog.Refused(logger, round.Id);
            return MellomarbeidReply.Of(MellomarbeidTexts.NoAccess);
        }

        var form = MellomarbeidCards.EvaluationForm(agreement.Agreement, round.Id);
        var result = FormCardSubmission.Parse(activity.Value ?? default, form);
        if (!result.IsValid)
        {
            return MellomarbeidReply.Of(FormCard.Build(result.ShowAgain(form)));
        }

        var outcome = await store.SaveAsync(round, AnswerForms.Edit(result, user.Id, user.Id, user.EntraObjectId), time.GetUtcNow(), async (c, t, saved) =>
        {
            var post = OutgoingActivities.Card(MellomarbeidCards.EvaluationAnswers(agreement.Agreement, round.NameOf(user.Id) ?? user.Name ?? "", result.AnswerTexts()));
            post.Conversation = new ConversationAccount { Id = round.Round.ChannelId, ConversationType = ConversationTypes.Channel, TenantId = tenantId };
            await outbox.EnqueueAsync(c, t, new OutboxMessage($"mellomarbeid-evaluering-svar:{round.Id}:{user.Id}:{saved.Submission!.Latest!.Number}", tenantId,
                round.ServiceUrl, round.Round.ChannelId, OutboxOperation.Send, post), cancellationToken);
        }, cancellationToken);
        MellomarbeidLog.EvaluationSaved(logger, round.Id, outcome.Status.ToString());
        switch (outcome.Status)
        {
            case SaveStatus.Saved:
                outbox.NotifyCommitted();
                return MellomarbeidReply.Of(MellomarbeidTexts.EvaluationSent);
            case SaveStatus.Conflict:
                return MellomarbeidReply.Of(FormCard.Build(AnswerForms.AfterConflict(result, form, round, outcome)));
            case SaveStatus.Invalid:
                return MellomarbeidReply.Of(FormCard.Build(result.ShowAgain(form)));
            default:
                return MellomarbeidReply.Of(MellomarbeidTexts.EvaluationClosed);
        }
    }
}
