using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Features.Leaders;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Cards.Forms;
using SkoleUtvikling.Cards.Mellomarbeid;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Bot.Features.Mellomarbeid;

/// <summary>
/// What mellomarbeid does for a person: the agreement form and its sending (veilederteam), the feedback
/// form, drafts and sending (rektor and SKUT; rektor sends), the overview. Who someone is comes from
/// the validated activity and <see cref="IUnitDirectory"/>; the round id in a card is only a claim.
/// </summary>
public sealed class MellomarbeidService(
    IUnitDirectory units,
    RoundOpener opener,
    RoundStore store,
    MellomarbeidEvaluations evaluations,
    MellomarbeidRounds rounds,
    IOutbox outbox,
    IFilingQueue filing,
    IOptionsMonitor<MellomarbeidOptions> options,
    IOptionsMonitor<UnitRoleOptions> roles,
    TimeProvider time,
    ILogger<MellomarbeidService> logger)
{
    public const string DocumentKind = "mellomarbeid";

    /// <summary>The agreement form, for a member of the veilederteam in its channel or a 1:1 chat.</summary>
    public async Task<MellomarbeidReply> AgreementFormAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (team, refusal) = await VeilederteamOfAsync(activity, cancellationToken);
        if (team is null)
        {
            return MellomarbeidReply.Of(refusal!);
        }

        var schools = await units.UnitsAsync(activity.TenantId ?? "", UnitKinds.School, cancellationToken);
        return schools.Count == 0
            ? MellomarbeidReply.Of(MellomarbeidTexts.NoSchools)
            : MellomarbeidReply.Of(FormCard.Build(AgreementForm(schools)));
    }

    /// <summary>«Send avtalen»: opens round N of the school and sends the agreement to rektor and the SKUT channel.</summary>
    public async Task<MellomarbeidReply> SendAgreementAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (team, refusal) = await VeilederteamOfAsync(activity, cancellationToken);
        if (team is null)
        {
            return MellomarbeidReply.Of(refusal!);
        }

        var tenantId = activity.TenantId ?? "";
        var schools = await units.UnitsAsync(tenantId, UnitKinds.School, cancellationToken);
        if (schools.Count == 0)
        {
            return MellomarbeidReply.Of(MellomarbeidTexts.NoSchools);
        }

        var form = AgreementForm(schools);
        var result = FormCardSubmission.Parse(activity.Value ?? default, form);
        if (result.Action == FormCardAction.MorePoints || !result.IsValid)
        {
            return MellomarbeidReply.Of(FormCard.Build(result.ShowAgain(form)));
        }

        // The card's checks again, as errors under their fields: the form comes back with everything typed.
        MellomarbeidReply Again(string fieldId, string message) =>
            MellomarbeidReply.Of(FormCard.Build(result.ShowAgain(form) with { Errors = [FormCardError.Custom(fieldId, message)] }));
        var school = schools.FirstOrDefault(s => s.Id == result.Answer(MellomarbeidCards.School)?.Text);
        if (school is null)
        {
            return Again(MellomarbeidCards.School, MellomarbeidTexts.UnknownSchool);
        }

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(OsloTime.ToOslo(now).DateTime);
        var deadline = result.Answer(MellomarbeidCards.Deadline)!.Date!.Value;
        if (deadline < today)
        {
            return Again(MellomarbeidCards.Deadline, MellomarbeidTexts.DeadlineInPast);
        }

        var number = await rounds.CountAsync(tenantId, school.Id, cancellationToken) + 1;
        var writer = activity.From!;
        var teamPeople = await units.PeopleAsync(team, cancellationToken);
        // The name from the roster, not the one the activity carries.
        var writerName = teamPeople.Members.FirstOrDefault(m => string.Equals(m.UserId, writer.Id, StringComparison.OrdinalIgnoreCase))?.Name ?? writer.Name ?? "";
        var agreement = new MellomarbeidAgreement(school.Name, number, deadline,
            result.Answer(MellomarbeidCards.NextDate)!.Date!.Value, result.Answer(MellomarbeidCards.NextTime)!.Time!.Value,
            result.Answer(MellomarbeidCards.Points)!.Items, result.Answer(MellomarbeidCards.Reading)?.Text ?? "",
            result.Answer(MellomarbeidCards.Theme)?.Text ?? "", writerName, today);

        // «Send avtalen» pressed twice (or a retried click): the same agreement by the same person is not a new round.
        if (number > 1 && await rounds.AgreementAsync(tenantId, school.Id, number - 1, cancellationToken) is { } previous
            && string.Equals(previous.WrittenById, writer.Id, StringComparison.OrdinalIgnoreCase) && MellomarbeidRounds.SameAgreement(previous.Agreement, agreement))
        {
            return MellomarbeidReply.Of(MellomarbeidTexts.AgreementSent(school.Name, number - 1, skutChannel: true));
        }

        if (number > MellomarbeidRounds.MaxRounds)
        {
            return Again(MellomarbeidCards.School, MellomarbeidTexts.AllRoundsDone);
        }

        var schoolPeople = await units.PeopleAsync(school, cancellationToken);
        var people = new List<RoundPerson> { new(school.Id, RoundRole.Participant, null, school.Name) };
        people.AddRange(teamPeople.Members.Select(m => new RoundPerson(m.UserId, RoundRole.Leader, m.AadObjectId, m.Name)));
        var editors = schoolPeople.Editors.Select(e => new RoundEditor(school.Id, e.UserId, e.AadObjectId, e.Name)).ToList();
        var deadlineEnds = MellomarbeidRounds.EndOfDay(deadline);
        var opening = new RoundOpening(MellomarbeidRounds.Kind, tenantId, MellomarbeidRounds.Form(agreement.Points),
            MellomarbeidRounds.SubjectKey(school.Id, number), MellomarbeidCardTexts.Title(school.Name, number),
            MellomarbeidCardTexts.NextVeiledning(MellomarbeidCards.Date(agreement.NextDate), agreement.NextTime.ToString("HH:mm", CultureInfo.InvariantCulture)),
            agreement.NextDate, team.TeamId, team.ChannelId, activity.ServiceUrl ?? team.ServiceUrl, $"mellomarbeid-post:{school.Id}:{number}",
            [.. people.DistinctBy(p => (p.UserId, p.Role))], now, deadlineEnds, LatePolicy.AcceptLateUntil(deadlineEnds.AddDays(180)))
        {
            AnswerBy = AnswerBy.Unit,
            Editors = editors,
            Reminders = options.CurrentValue.PolicyFor(team.Id),
        };

        var rektor = SendersOf(school.Name, editors);
        var stored = false;
        var round = await opener.OpenAsync(opening, async (c, t, opened) =>
        {
            stored = await MellomarbeidRounds.StoreAgreementAsync(c, t, opened, school.Id, agreement, writer.Id, now);
            if (!stored)
            {
                return;
            }

            var card = MellomarbeidCards.Agreement(agreement, opened.Id);
            foreach (var person in rektor.Where(r => !r.UserId.StartsWith("aad:", StringComparison.Ordinal)))
            {
                var message = OutgoingActivities.Card(card.DeepClone().AsObject());
                message.From = activity.Recipient;
                message.Recipient = new ChannelAccount { Id = person.UserId };
                await outbox.EnqueueAsync(c, t, new OutboxMessage($"mellomarbeid-avtale:{opened.Id}:{person.UserId}", tenantId, opening.ServiceUrl,
                    person.UserId, OutboxOperation.CreatePersonal, message), cancellationToken);
            }

            var post = OutgoingActivities.Card(card.DeepClone().AsObject());
            post.Conversation = new ConversationAccount { Id = school.ChannelId, ConversationType = ConversationTypes.Channel, TenantId = tenantId };
            await outbox.EnqueueAsync(c, t, new OutboxMessage($"mellomarbeid-skut:{opened.Id}", tenantId, school.ServiceUrl.Length > 0 ? school.ServiceUrl : opening.ServiceUrl,
                school.ChannelId, OutboxOperation.Send, post), cancellationToken);
        }, cancellationToken);
        outbox.NotifyCommitted();
        if (!stored)
        {
            // Someone else wrote this round's agreement a moment ago: theirs stands, this one comes back unsent.
            MellomarbeidLog.AgreementExists(logger, round.Id);
            return Again(MellomarbeidCards.School, MellomarbeidTexts.AgreementExists(school.Name, number));
        }

        MellomarbeidLog.AgreementWritten(logger, round.Id, number, school.Id, editors.Count);
        await evaluations.OpenAsync(round, agreement, schoolPeople, activity.Recipient, cancellationToken);
        return MellomarbeidReply.Of(MellomarbeidTexts.AgreementSent(school.Name, number, skutChannel: true));
    }

    /// <summary>«Gi tilbakemelding»: the form (editors, while not sent), the sent feedback, or the agreement for the veilederteam.</summary>
    public async Task<MellomarbeidReply> OpenFeedbackAsync(Activity activity, string? roundId, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        if (await rounds.RoundAsync(activity.TenantId ?? "", roundId, cancellationToken) is not { } round)
        {
            return MellomarbeidReply.Of(MellomarbeidTexts.NotFound);
        }

        var editor = round.MayEdit(user.Id, user.EntraObjectId);
        if (!editor && !round.IsVeilederteam(user.Id, user.EntraObjectId))
        {
            MellomarbeidLog.Refused(logger, round.Record.Id);
            return MellomarbeidReply.Of(MellomarbeidTexts.NoAccess);
        }

        var answer = await store.AnswerForAsync(round.Record, round.SchoolUnitId, user.Id, user.EntraObjectId, cancellationToken);
        if (answer?.LatestDelivered is { } sent)
        {
            return MellomarbeidReply.Of(MellomarbeidCards.Feedback(round.Agreement, Feedback(round, sent)));
        }

        if (!editor)
        {
            return MellomarbeidReply.Of(MellomarbeidCards.Agreement(round.Agreement, null));
        }

        var form = MellomarbeidCards.FeedbackForm(round.Agreement, round.Record.Id) with
        {
            Values = answer?.Latest?.Answers ?? new Dictionary<string, string>(),
            Version = AnswerForms.VersionToken(answer),
        };
        return MellomarbeidReply.Of(FormCard.Build(form));
    }

    /// <summary>«Lagre utkast» or «Send tilbakemeldingen»: saved with the version the form was opened on; rektor alone sends.</summary>
    public async Task<MellomarbeidReply> SaveFeedbackAsync(Activity activity, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        var tenantId = activity.TenantId ?? "";
        var roundId = Cards.Common.SubmitData.Field(activity.Value, MellomarbeidVerbs.RoundId);
        if (await rounds.RoundAsync(tenantId, roundId, cancellationToken) is not { } round)
        {
            return MellomarbeidReply.Of(MellomarbeidTexts.NotFound);
        }

        if (!round.MayEdit(user.Id, user.EntraObjectId))
        {
            MellomarbeidLog.Refused(logger, round.Record.Id);
            return MellomarbeidReply.Of(MellomarbeidTexts.NoAccess);
        }

        var form = MellomarbeidCards.FeedbackForm(round.Agreement, round.Record.Id);
        var result = FormCardSubmission.Parse(activity.Value ?? default, form);
        if (!result.IsValid)
        {
            return MellomarbeidReply.Of(FormCard.Build(result.ShowAgain(form) with { Version = result.Version }));
        }

        if ((await rounds.AnswerAsync(round, cancellationToken))?.LatestDelivered is not null)
        {
            return MellomarbeidReply.Of(MellomarbeidTexts.AlreadySent);
        }

        var rektor = SendersOf(round.Agreement.SchoolName, round.Record.Editors).Any(r => Same(r, user));
        var demoted = result.Action == FormCardAction.Submit && !rektor;
        var asked = demoted ? result with { Action = FormCardAction.Draft } : result;
        var edit = AnswerForms.Edit(asked, round.SchoolUnitId, user.Id, user.EntraObjectId);
        var now = time.GetUtcNow();
        var outcome = await store.SaveAsync(round.Record, edit, now, async (c, t, saved) =>
        {
            if (!saved.Delivered)
            {
                return;
            }

            var post = OutgoingActivities.Card(MellomarbeidCards.Feedback(round.Agreement, Feedback(round, saved.Submission!.Latest!)));
            post.Conversation = new ConversationAccount { Id = round.Record.Round.ChannelId, ConversationType = ConversationTypes.Channel, TenantId = tenantId };
            await outbox.EnqueueAsync(c, t, new OutboxMessage($"mellomarbeid-tilbakemelding:{round.Record.Id}", tenantId, round.Record.ServiceUrl,
                round.Record.Round.ChannelId, OutboxOperation.Send, post), cancellationToken);
            await filing.EnqueueAsync(c, t, new FilingRequest($"mellomarbeid:{round.Record.Id}", tenantId, round.Record.TeamId, DocumentKind, round.Record.Id,
                user.Id, activity.ServiceUrl), cancellationToken);
        }, cancellationToken);
        MellomarbeidLog.FeedbackSaved(logger, round.Record.Id, outcome.Status.ToString(), edit.Kind == SaveKind.Draft);
        switch (outcome.Status)
        {
            case SaveStatus.Conflict:
                return MellomarbeidReply.Of(FormCard.Build(AnswerForms.AfterConflict(result, form, round.Record, outcome)));
            case SaveStatus.Invalid:
                return MellomarbeidReply.Of(FormCard.Build(result.ShowAgain(form) with { Version = result.Version }));
            case SaveStatus.Refused:
                return MellomarbeidReply.Of(MellomarbeidTexts.Closed);
        }

        if (outcome.Delivered)
        {
            outbox.NotifyCommitted();
            filing.NotifyCommitted();
            return MellomarbeidReply.Of(MellomarbeidCards.Feedback(round.Agreement, Feedback(round, outcome.Submission!.Latest!)));
        }

        return MellomarbeidReply.Of(FormCard.Build(result.ShowAgain(form) with
        {
            Version = AnswerForms.VersionToken(outcome.Submission),
            Notice = new FormCardNotice(demoted ? MellomarbeidTexts.OnlyRektorSends : MellomarbeidTexts.DraftSaved, FormCardTone.Good),
        }));
    }

    /// <summary><c>mellomarbeid status</c>: every school's newest round, for the veilederteam.</summary>
    public async Task<MellomarbeidReply> StatusAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (team, refusal) = await VeilederteamOfAsync(activity, cancellationToken);
        if (team is null)
        {
            return MellomarbeidReply.Of(refusal!);
        }

        var today = DateOnly.FromDateTime(OsloTime.ToOslo(time.GetUtcNow()).DateTime);
        var rows = (await rounds.NewestAsync(activity.TenantId ?? "", cancellationToken)).Select(r =>
        {
            var delivered = r.Answer?.LatestDelivered is not null;
            var late = delivered ? 0 : Math.Max(0, today.DayNumber - r.Round.Agreement.Deadline.DayNumber);
            return new MellomarbeidStatusRow(r.Round.Agreement.SchoolName, r.Round.Agreement.Round, r.Round.Agreement.AgreedOn, r.Round.Agreement.Deadline, delivered, late);
        }).ToList();
        return MellomarbeidReply.Of(MellomarbeidCards.Status(rows));
    }

    /// <summary>The school's feedback as a version holds it, with who saved it.</summary>
    public static MellomarbeidFeedback Feedback(MellomarbeidRound round, SubmissionVersion version)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(version);
        var points = round.Agreement.Points.Select((p, i) => new MellomarbeidPointFeedback(p,
            version.Answers.GetValueOrDefault(MellomarbeidCards.WorkedField(i + 1), ""),
            version.Answers.GetValueOrDefault(MellomarbeidCards.ParticipantsField(i + 1), ""))).ToList();
        var by = round.Record.EditorName(version.SavedBy) ?? round.Record.NameOf(version.SavedBy) ?? "";
        return new MellomarbeidFeedback(points, version.Answers.GetValueOrDefault(MellomarbeidCards.Focus, ""), by, NorwegianDates.Instant(version.SavedAt));
    }

    /// <summary>The school's rektor among its editors: configured in <c>Units:Schools[].Rektor</c> (Entra ids).</summary>
    /// <remarks>Without a configured rektor the school's editors (its team's owners) receive the agreement and send the feedback.</remarks>
    private List<RoundEditor> SendersOf(string schoolName, IEnumerable<RoundEditor> editors)
    {
        var configured = roles.CurrentValue.School(schoolName)?.Rektor ?? [];
        var all = editors.ToList();
        return configured.Count == 0 ? all : [.. all.Where(e => e.AadObjectId is { } aad && configured.Contains(aad, StringComparer.OrdinalIgnoreCase))];
    }

    private static bool Same(RoundEditor editor, ChannelAccount user) =>
        string.Equals(editor.UserId, user.Id, StringComparison.OrdinalIgnoreCase)
        || (!string.IsNullOrEmpty(user.EntraObjectId) && string.Equals(editor.AadObjectId, user.EntraObjectId, StringComparison.OrdinalIgnoreCase));

    private FormCardModel AgreementForm(IReadOnlyList<RegisteredUnit> schools) =>
        MellomarbeidCards.AgreementForm([.. schools.Take(FormCardLimits.MaxChoices).Select(s => new FormCardChoice(s.Id, s.Name))],
            DateOnly.FromDateTime(OsloTime.ToOslo(time.GetUtcNow()).DateTime));

    /// <summary>The veilederteam unit the person is a member of, when they write in its channel or a 1:1 chat.</summary>
    private async Task<(RegisteredUnit? Team, string? Refusal)> VeilederteamOfAsync(Activity activity, CancellationToken cancellationToken)
    {
        var user = activity.From ?? new ChannelAccount();
        var personal = activity.Conversation?.ConversationType == ConversationTypes.Personal;
        var channelId = activity.ChannelData?.Channel?.Id;
        foreach (var team in await units.UnitsAsync(activity.TenantId ?? "", UnitKinds.Veilederteam, cancellationToken))
        {
            var people = await units.PeopleAsync(team, cancellationToken);
            if (people.Members.Any(m => string.Equals(m.UserId, user.Id, StringComparison.OrdinalIgnoreCase)
                || (!string.IsNullOrEmpty(user.EntraObjectId) && string.Equals(m.AadObjectId, user.EntraObjectId, StringComparison.OrdinalIgnoreCase))))
            {
                return personal || string.Equals(channelId, team.ChannelId, StringComparison.OrdinalIgnoreCase)
                    ? (team, null)
                    : (null, MellomarbeidTexts.WrongChannel);
            }
        }

        MellomarbeidLog.NotVeilederteam(logger);
        return (null, MellomarbeidTexts.OnlyVeilederteam);
    }
}

/// <summary>A text or a card to answer with.</summary>
public sealed record MellomarbeidReply(string? Text, JsonObject? Card)
{
    public static MellomarbeidReply Of(string text) => new(text, null);

    public static MellomarbeidReply Of(JsonObject card) => new(null, card);
}
