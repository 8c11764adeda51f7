using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Cards.Forms;
using SkoleUtvikling.Cards.Saker;

namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>
/// Saker rounds on the engine's one reminder runner (<see cref="SakerRounds.Reminders"/>): a chase is the
/// sak form inline in the person's 1:1 chat (the titles sent in so far, never who sent them), so they answer
/// there and then; the leaders hear once, after the last chase, who has still not sent a sak.
/// </summary>
public sealed class SakerRoundKind(SakerRounds rounds) : IRoundKind
{
    public string Kind => SakerRounds.FormId;

    public string DisplayName => SakerTexts.KindName;

    public JsonObject ReminderCard(RoundRecord round, ReminderKind moment, RoundProgress progress) => ChaseForm(new SakerRound(round), []);

    public JsonObject EscalationCard(RoundRecord round, RoundProgress progress, IReadOnlyList<string> missingNames)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(progress);
        var saker = new SakerRound(round);
        return SakerChaseCard.Escalation(saker.Meeting, SakerViews.Deadline(saker), progress.Delivered + progress.Late, missingNames);
    }

    public async Task<JsonObject> ReminderCardAsync(RoundRecord round, ReminderKind moment, RoundProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var saker = new SakerRound(round);
        return ChaseForm(saker, await rounds.SakerAsync(saker, cancellationToken));
    }

    /// <summary>The sak form for someone who has sent none (one card for every recipient: no own values).</summary>
    private static JsonObject ChaseForm(SakerRound round, IReadOnlyList<Sak> saker) => FormCard.Build(SakerViews.Chase(round, saker));
}
