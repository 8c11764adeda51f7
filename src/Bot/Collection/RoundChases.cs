using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// «Purr»: a leader chases a round's missing people (or one of them) now, with the round kind's chase
/// card in each person's 1:1 chat. The same outbox key as the automatic chases
/// (<see cref="RoundReminderKeys.ChaseOfDay"/>), so a person is chased at most once per round per Oslo
/// day whoever presses; messages go through the durable queue and its Teams limits. «Send på nytt»
/// queues again only those whose chase failed and who still owe an answer.
/// </summary>
public sealed class RoundChases(
    Database database,
    IOutbox outbox,
    RoundStore store,
    RoundReminders reminders,
    TimeProvider time,
    ILogger<RoundChases> logger)
{
    /// <summary>Chases everyone still missing, or only <paramref name="onlyOwnerId"/> when given.</summary>
    public async Task<ChaseResult> ChaseAsync(RoundRecord round, string? onlyOwnerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (!CollectionRules.TakesAnswers(round.Round, time.GetUtcNow()))
        {
            // Nobody can answer any more: a chase would only annoy.
            CollectionLog.ChaseRefusedClosed(logger, round.Id);
            return new ChaseResult(0, 0, 0) { Closed = true };
        }

        var states = await store.StatesAsync(round.Id, cancellationToken);
        var missing = CollectionRules.StillMissing(round.Round, states)
            .Where(p => onlyOwnerId is null || string.Equals(p, onlyOwnerId, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var today = RoundReminderKeys.OsloDayOf(time.GetUtcNow());
        return await EnqueueAsync(round, states, missing, userId => RoundReminderKeys.ChaseOfDay(round.TenantId, round.Id, today, userId), cancellationToken);
    }

    /// <summary>Queues again each failed chase of someone who still owes an answer (once per failed message).</summary>
    public async Task<ChaseResult> ResendFailedAsync(RoundStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        var round = status.Round;
        var states = await store.StatesAsync(round.Id, cancellationToken);
        var failed = status.Missing
            .Select(p => p.LastChase)
            .Where(c => c is { Outcome: ChaseOutcome.Failed })
            .Select(c => c!)
            .ToDictionary(c => c.RecipientId, StringComparer.OrdinalIgnoreCase);
        var owners = status.Missing.Where(p => p.LastChase is { Outcome: ChaseOutcome.Failed }).Select(p => p.UserId).ToList();
        return await EnqueueAsync(round, states, owners,
            userId => failed.TryGetValue(userId, out var chase) ? $"{chase.DedupeKey}#retry-{chase.OutboxId}" : null, cancellationToken);
    }

    private async Task<ChaseResult> EnqueueAsync(RoundRecord round, IReadOnlyList<Submission> states, List<string> owners,
        Func<string, string?> keyOf, CancellationToken cancellationToken)
    {
        if (owners.Count == 0)
        {
            return new ChaseResult(0, 0, 0);
        }

        if (reminders.KindOf(round) is not { } kind
            || await reminders.BotIdAsync(round.TenantId, cancellationToken) is not { } botId)
        {
            CollectionLog.ChaseImpossible(logger, round.Id);
            return new ChaseResult(0, 0, owners.Count);
        }

        // The async card, as the automatic chase uses: a kind may need its own data (mellomarbeid's agreement).
        var card = await kind.ReminderCardAsync(round, ReminderKind.Chase, CollectionRules.Progress(round.Round, states), cancellationToken);
        var recipients = RoundReminders.Reachable(owners.SelectMany(round.EditorsOf));
        int queued = 0, already = 0;
        await database.InTransactionAsync(async (c, t) =>
        {
            foreach (var userId in recipients)
            {
                if (keyOf(userId) is not { } key)
                {
                    continue;
                }

                if (await outbox.EnqueueAsync(c, t, RoundReminders.PersonalCard(round, botId, userId, card, key), cancellationToken))
                {
                    queued++;
                }
                else
                {
                    already++;
                }
            }
        }, cancellationToken);
        outbox.NotifyCommitted();
        CollectionLog.ChasesQueued(logger, round.Id, queued, already);
        var reachable = recipients.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new ChaseResult(queued, already, owners.Count(o => !round.EditorsOf(o).Any(reachable.Contains)));
    }
}

/// <summary>What «Purr» did: messages queued now, people already chased today (nothing sent again), people no chat can reach.</summary>
public sealed record ChaseResult(int Queued, int AlreadyToday, int Unreachable)
{
    /// <summary>Nothing was sent because the round no longer takes answers.</summary>
    public bool Closed { get; init; }
}
