using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Forms;
using SkoleUtvikling.Cards.Mellomarbeid;

namespace SkoleUtvikling.Bot.Features.Mellomarbeid;

/// <summary>
/// The evaluation of a veiledning (§3.4 del 4) on the engine: named on the status card, and «Purr» gives
/// each school leader who has not answered the evaluation form inline. No automatic chases: the
/// evaluation is voluntary, and rektor is already chased for the feedback on the same days.
/// </summary>
public sealed class MellomarbeidEvaluationRoundKind(MellomarbeidRounds rounds) : IRoundKind
{
    public string Kind => MellomarbeidEvaluations.Kind;

    public string DisplayName => MellomarbeidTexts.EvaluationKindName;

    public JsonObject ReminderCard(RoundRecord round, ReminderKind moment, RoundProgress progress)
    {
        ArgumentNullException.ThrowIfNull(round);
        return CardElements.Card(CardElements.Heading(MellomarbeidCardTexts.EvaluationHeading), CardElements.Text(round.Title, bold: true),
            CardElements.Text(MellomarbeidCardTexts.EvaluationChaseIntro));
    }

    public JsonObject EscalationCard(RoundRecord round, RoundProgress progress, IReadOnlyList<string> missingNames)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(progress);
        return CardElements.Card(CardElements.Heading(MellomarbeidCardTexts.EvaluationHeading), CardElements.Text(round.Title, bold: true),
            CardElements.Text(MellomarbeidCardTexts.EvaluationMissing(progress.Expected - progress.Delivered - progress.Late)));
    }

    public async Task<JsonObject> ReminderCardAsync(RoundRecord round, ReminderKind moment, RoundProgress progress, CancellationToken cancellationToken) =>
        await MellomarbeidEvaluations.AgreementOfAsync(rounds, round, cancellationToken) is { } agreement
            ? FormCard.Build(MellomarbeidCards.EvaluationChaseForm(agreement.Agreement, round.Id))
            : ReminderCard(round, moment, progress);
}
