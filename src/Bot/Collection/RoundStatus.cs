using SkoleUtvikling.Bot.Collection.Storage;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// Where a round stands, for its leaders: every expected person (or unit) with their state, and the
/// round kind's display name. The same shape for every kind of round (the engine's one status query).
/// </summary>
public sealed record RoundStatus(RoundRecord Round, string KindName, RoundProgress Progress, IReadOnlyList<PersonStatus> People)
{
    public int Exempt => People.Count(p => p.State == PersonState.Exempt);

    /// <summary>Those who still owe an answer (assigned or draft): the ones «Purr» reaches.</summary>
    public IReadOnlyList<PersonStatus> Missing => [.. People.Where(p => p.State is PersonState.Assigned or PersonState.Draft)];

    /// <summary>Submitted answers per Oslo day (first delivery), for the chart of delivery over time.</summary>
    public IReadOnlyList<(DateOnly Day, int Delivered)> DeliveredPerDay => [.. People
        .Where(p => p.FirstDelivered is not null && p.State != PersonState.Exempt)
        .GroupBy(p => RoundReminderKeys.OsloDayOf(p.FirstDelivered!.Value))
        .OrderBy(g => g.Key)
        .Select(g => (g.Key, g.Count()))];
}

/// <summary>
/// One expected person (or unit) of a round: state, first and last delivery, and the chases sent to
/// them (automatic and «Purr»), newest last, from the durable queue's per-recipient record.
/// </summary>
public sealed record PersonStatus(
    string UserId,
    string Name,
    PersonState State,
    DateTimeOffset? FirstDelivered,
    DateTimeOffset? LastDelivered,
    IReadOnlyList<ChaseDelivery> Chases,
    string? ExemptReason = null)
{
    public ChaseDelivery? LastChase => Chases.Count == 0 ? null : Chases[^1];

    public int ChasesSent => Chases.Count(c => c.Outcome == ChaseOutcome.Sent);
}

/// <summary>One chase message to one recipient, as the outbox recorded it.</summary>
/// <param name="StatusCode">Teams' last HTTP status for it (403 when the app is not installed for the person), if any.</param>
/// <param name="ErrorCode">Teams' error code (e.g. <c>BotNotInConversationRoster</c>), if any.</param>
public sealed record ChaseDelivery(string RecipientId, ChaseOutcome Outcome, DateTimeOffset QueuedAt, int? StatusCode, string? ErrorCode, long OutboxId, string DedupeKey);

public enum ChaseOutcome
{
    /// <summary>Queued or being sent.</summary>
    Pending,

    Sent,

    /// <summary>Given up on (dead in the outbox): reported, not retried unless a leader asks.</summary>
    Failed,
}
