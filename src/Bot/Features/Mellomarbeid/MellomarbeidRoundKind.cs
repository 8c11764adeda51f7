using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Forms;
using SkoleUtvikling.Cards.Mellomarbeid;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Bot.Features.Mellomarbeid;

/// <summary>
/// Mellomarbeid rounds on the one reminder runner: rektor and SKUT are reminded with the agreement and
/// «Gi tilbakemelding», chased after the deadline with the feedback form inline; a missed deadline is
/// told to the veilederteam once (after the last chase), with the school and days late.
/// </summary>
public sealed class MellomarbeidRoundKind(MellomarbeidRounds rounds, TimeProvider time) : IRoundKind
{
    public string Kind => MellomarbeidRounds.Kind;

    public string DisplayName => MellomarbeidTexts.KindName;

    public JsonObject ReminderCard(RoundRecord round, ReminderKind moment, RoundProgress progress)
    {
        ArgumentNullException.ThrowIfNull(round);
        return CardElements.Card(CardElements.Heading(MellomarbeidCardTexts.ReminderHeading), CardElements.Text(round.Title, bold: true),
            CardActions.ActionSet(CardActions.Submit(MellomarbeidCardTexts.GiveFeedback, MellomarbeidVerbs.OpenFeedback,
                new Dictionary<string, string> { [MellomarbeidVerbs.RoundId] = round.Id })));
    }

    public JsonObject EscalationCard(RoundRecord round, RoundProgress progress, IReadOnlyList<string> missingNames)
    {
        ArgumentNullException.ThrowIfNull(round);
        return CardElements.Card(CardElements.Heading(MellomarbeidCardTexts.EscalationHeading), CardElements.Text(round.Title, bold: true),
            CardElements.Text(MellomarbeidCardTexts.DaysLate(DaysLate(round.Round.Deadline))));
    }

    /// <summary>
    /// Before the deadline the agreement with «Gi tilbakemelding»; a chase after it is the feedback form
    /// inline (the school's draft so far and its version, so a save on a stale copy comes back as a
    /// conflict with nothing lost). Every recipient is an editor of the school's one answer.
    /// </summary>
    public async Task<JsonObject> ReminderCardAsync(RoundRecord round, ReminderKind moment, RoundProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (await rounds.RoundAsync(round.TenantId, round.Id, cancellationToken) is not { } found)
        {
            return ReminderCard(round, moment, progress);
        }

        if (moment != ReminderKind.Chase)
        {
            return MellomarbeidCards.Reminder(found.Agreement, round.Id);
        }

        var answer = await rounds.AnswerAsync(found, cancellationToken);
        return FormCard.Build(MellomarbeidCards.ChaseForm(found.Agreement, round.Id) with
        {
            Values = answer?.Latest?.Answers ?? new Dictionary<string, string>(),
            Version = AnswerForms.VersionToken(answer),
        });
    }

    public async Task<JsonObject> EscalationCardAsync(RoundRecord round, RoundProgress progress, IReadOnlyList<string> missingNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        return await rounds.RoundAsync(round.TenantId, round.Id, cancellationToken) is { } found
            ? MellomarbeidCards.Escalation(found.Agreement, DaysLate(round.Round.Deadline))
            : EscalationCard(round, progress, missingNames);
    }

    /// <summary>Whole days from the deadline's date to today (Oslo); the deadline ends at the end of its day.</summary>
    private int DaysLate(DateTimeOffset deadlineEnds)
    {
        var deadlineDate = DateOnly.FromDateTime(OsloTime.ToOslo(deadlineEnds.AddTicks(-1)).DateTime);
        var today = DateOnly.FromDateTime(OsloTime.ToOslo(time.GetUtcNow()).DateTime);
        return Math.Max(1, today.DayNumber - deadlineDate.DayNumber);
    }
}
