using Dapper;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Cards.Reflection;
using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Scheduling.Jobs;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>
/// The round's reminder policy on Quartz: before the deadline each person who has not delivered gets a
/// private reminder; after it the round's leaders get the count and who is missing. Working days only,
/// outside quiet hours (<see cref="ReminderPolicy"/>). Every message is keyed by round, moment and
/// person, so a firing run twice reminds once.
/// </summary>
public sealed class ReflectionReminders(
    IPostScheduler scheduler,
    ReminderCalendar calendar,
    RoundStore store,
    Database database,
    IOutbox outbox,
    ILogger<ReflectionReminders> logger)
{
    private const string BotIdSql = """
        SELECT bot_id FROM conversations WHERE tenant_id = @TenantId AND bot_id IS NOT NULL
        ORDER BY updated_at_ms DESC LIMIT 1
        """;

    public static ReminderPolicy Policy => ReminderPolicy.Default;

    /// <summary>Schedules (or re-schedules, idempotently) the round's reminders.</summary>
    public async Task ScheduleAsync(RoundRecord round, CancellationToken cancellationToken)
    {
        var desired = Policy.Schedule(round.Round, calendar)
            .Select(r => new ScheduledPost(ReflectionReminderKeys.For(round.TenantId, round.Id, r), r.At))
            .ToList();
        await scheduler.SyncAsync(ReflectionReminderKeys.Scope(round.Id), desired, cancellationToken);
    }

    /// <summary>A reminder's time has come: message the people it is for, in their 1:1 chats.</summary>
    public async Task SendAsync(string postKey, CancellationToken cancellationToken)
    {
        if (!ReflectionReminderKeys.TryParse(postKey, out var tenantId, out var roundId, out var kind)
            || await store.RoundAsync(tenantId, roundId, cancellationToken) is not { } round)
        {
            ReflectionLog.ReminderForNothing(logger, postKey);
            return;
        }

        var states = await store.StatesAsync(round.Id, cancellationToken);
        var missing = CollectionRules.StillMissing(round.Round, states);
        var count = ReflectionViews.Count(round, CollectionRules.Progress(round.Round, states));
        var botId = await BotIdAsync(tenantId, cancellationToken);
        if (botId is null)
        {
            ReflectionLog.ReminderWithoutBotId(logger, postKey);
            return;
        }

        var (people, card) = kind == ReminderKind.Escalate
            ? (round.People.Where(p => p.Role == RoundRole.Leader && !p.UserId.StartsWith("aad:", StringComparison.Ordinal)).Select(p => p.UserId).Distinct().ToList(),
               ReflectionReminderCard.ForLeader(count, [.. missing.Select(id => round.NameOf(id) ?? id)]))
            : (missing.ToList(), ReflectionReminderCard.ForParticipant(count));
        await database.InTransactionAsync(async (tc, t) =>
        {
            foreach (var userId in people)
            {
                var message = OutgoingActivities.Card(card.DeepClone().AsObject());
                message.From = new ChannelAccount { Id = botId };
                message.Recipient = new ChannelAccount { Id = userId };
                await outbox.EnqueueAsync(tc, t, new OutboxMessage($"{postKey}:{userId}", tenantId, round.ServiceUrl, userId,
                    OutboxOperation.CreatePersonal, message), cancellationToken);
            }
        }, cancellationToken);
        outbox.NotifyCommitted();
        ReflectionLog.RemindersQueued(logger, round.Id, kind.ToString(), people.Count);
    }

    /// <summary>The bot's id in the tenant, as Teams last sent it: needed to open a 1:1 with someone.</summary>
    private async Task<string?> BotIdAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return await c.ExecuteScalarAsync<string?>(new CommandDefinition(BotIdSql, new { TenantId = tenantId }, cancellationToken: cancellationToken));
    }
}
