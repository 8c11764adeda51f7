using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection.Storage;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// What a feature tells the engine about its rounds (registered as <c>IRoundKind</c>; <see cref="Kind"/>
/// matches <see cref="RoundRecord.Kind"/>): the cards of the one reminder runner. Everything else
/// (who, when, deduplication, the 1:1 chats) is the engine's.
/// </summary>
public interface IRoundKind
{
    string Kind { get; }

    /// <summary>What leaders call this kind of round in the status card and report (bokmål); the kind id by default.</summary>
    string DisplayName => Kind;

    /// <summary>A private reminder (before the deadline) or chase (after it) to someone who owes an answer.</summary>
    JsonObject ReminderCard(RoundRecord round, ReminderKind moment, RoundProgress progress);

    /// <summary>To the round's leaders after the deadline: the count and who is still missing (names).</summary>
    JsonObject EscalationCard(RoundRecord round, RoundProgress progress, IReadOnlyList<string> missingNames);

    /// <summary>
    /// The reminder card when it needs the feature's own data (e.g. the agreement a round answers);
    /// the runner calls this one. By default <see cref="ReminderCard"/>.
    /// </summary>
    Task<JsonObject> ReminderCardAsync(RoundRecord round, ReminderKind moment, RoundProgress progress, CancellationToken cancellationToken) =>
        Task.FromResult(ReminderCard(round, moment, progress));

    /// <summary>The escalation card when it needs the feature's own data; by default <see cref="EscalationCard"/>.</summary>
    Task<JsonObject> EscalationCardAsync(RoundRecord round, RoundProgress progress, IReadOnlyList<string> missingNames, CancellationToken cancellationToken) =>
        Task.FromResult(EscalationCard(round, progress, missingNames));
}
