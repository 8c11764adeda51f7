using Dapper;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Scheduling.Jobs;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// The one reminder runner for every kind of round: the round's stored <see cref="ReminderPolicy"/> on
/// Quartz. Reminders and chases go privately to whoever still owes an answer (a unit's editors for a
/// unit's answer), the escalation to the round's leaders, with the round kind's cards
/// (<see cref="IRoundKind"/>). Working days, outside quiet hours. Every message is keyed by round,
/// moment and person through the outbox, so a firing run twice (or a manual chase of the same moment)
/// reminds once.
/// </summary>
public sealed class RoundReminders(
    IPostScheduler scheduler,
    ReminderCalendar calendar,
    RoundStore store,
    Database database,
    IOutbox outbox,
    IEnumerable<IRoundKind> kinds,
    TimeProvider time,
    ILogger<RoundReminders> logger)
{
    private const string BotIdSql = """
        SELECT bot_id FROM conversations WHERE tenant_id = @TenantId AND bot_id IS NOT NULL
        ORDER BY updated_at_ms DESC LIMIT 1
        """;

    /// <summary>Schedules (or re-schedules, idempotently) the round's reminders.</summary>
    public Task ScheduleAsync(RoundRecord round, CancellationToken cancellationToken) => ScheduleAsync(round, null, cancellationToken);

    /// <summary>
    /// Re-plans the round's reminders from its (moved) deadline: moments of the old deadline not wanted any more are
    /// removed; a reminder moment before <paramref name="notBefore"/> is left out (it would go out late, about a
    /// deadline that was not the round's then), while chases and the escalation keep their moments.
    /// </summary>
    public async Task ScheduleAsync(RoundRecord round, DateTimeOffset? notBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var desired = round.Reminders.Schedule(round.Round, calendar)
            .Where(r => notBefore is not { } from || r.Kind != ReminderKind.Remind || r.At >= from)
            .Select(r => new ScheduledPost(RoundReminderKeys.For(round.TenantId, round.Id, r), r.At))
            .ToList();
        await scheduler.SyncAsync(RoundReminderKeys.Scope(round.Id), desired, cancellationToken);
    }

    /// <summary>A reminder's time has come: message the people it is for, in their 1:1 chats.</summary>
    public async Task SendAsync(string postKey, CancellationToken cancellationToken)
    {
        if (!RoundReminderKeys.TryParse(postKey, out var tenantId, out var roundId, out var moment)
            || await store.RoundAsync(tenantId, roundId, cancellationToken) is not { } round)
        {
            CollectionLog.ReminderForNothing(logger, postKey);
            return;
        }

        if (KindOf(round) is not { } kind)
        {
            CollectionLog.UnknownRoundKind(logger, postKey, round.Kind);
            return;
        }

        if (moment == ReminderKind.Chase && !CollectionRules.TakesAnswers(round.Round, time.GetUtcNow()))
        {
            // A chase that fires late (the bot was down) after the late window closed would ask for an answer nobody can give.
            CollectionLog.ChaseAfterClose(logger, postKey);
            return;
        }

        var states = await store.StatesAsync(round.Id, cancellationToken);
        var missing = CollectionRules.StillMissing(round.Round, states);
        var progress = CollectionRules.Progress(round.Round, states);
        var botId = await BotIdAsync(tenantId, cancellationToken);
        if (botId is null)
        {
            CollectionLog.ReminderWithoutBotId(logger, postKey);
            return;
        }

        if (missing.Count == 0)
        {
            // Everyone answered before this moment came: nobody to remind, nothing to escalate.
            CollectionLog.RemindersQueued(logger, round.Id, moment.ToString(), 0);
            return;
        }

        var (people, card) = moment == ReminderKind.Escalate
            ? (Reachable(round.People.Where(p => p.Role == RoundRole.Leader).Select(p => p.UserId)),
               await kind.EscalationCardAsync(round, progress, [.. missing.Select(id => round.NameOf(id) ?? id)], cancellationToken))
            : (Reachable(missing.SelectMany(round.EditorsOf)), await kind.ReminderCardAsync(round, moment, progress, cancellationToken));
        var queued = await database.InTransactionAsync(async (tc, t) =>
        {
            // An answer delivered since the states were read (a submission racing this firing) stops it:
            // whoever commits first wins, and nobody is reminded of an answer already in.
            var still = CollectionRules.StillMissing(round.Round, await RoundStore.StatesAsync(tc, t, round.Id));
            var now = moment == ReminderKind.Escalate
                ? (still.Count == 0 ? [] : people)
                : people.Intersect(Reachable(still.SelectMany(round.EditorsOf)), StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var userId in now)
            {
                await outbox.EnqueueAsync(tc, t, PersonalCard(round, botId, userId, card, DedupeKey(postKey, round, moment, userId)), cancellationToken);
            }

            return now.Count;
        }, cancellationToken);
        outbox.NotifyCommitted();
        CollectionLog.RemindersQueued(logger, round.Id, moment.ToString(), queued);
    }

    /// <summary>
    /// A chase shares the one key per person, round and Oslo day with «Purr» (<see cref="RoundReminderKeys.ChaseOfDay"/>);
    /// reminders and the escalation are keyed by their moment.
    /// </summary>
    private static string DedupeKey(string postKey, RoundRecord round, ReminderKind moment, string userId) =>
        moment == ReminderKind.Chase && ChaseInstant(postKey) is { } at
            ? RoundReminderKeys.ChaseOfDay(round.TenantId, round.Id, RoundReminderKeys.OsloDayOf(at), userId)
            : $"{postKey}:{userId}";

    private static DateTimeOffset? ChaseInstant(string postKey)
    {
        var tail = postKey[(postKey.LastIndexOf('/') + 1)..];
        return tail.StartsWith("chase-", StringComparison.Ordinal)
            && DateTimeOffset.TryParseExact(tail["chase-".Length..], "yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : null;
    }

    /// <summary>
    /// People a 1:1 chat can be opened with: configured people outside the team (<c>aad:</c>) have no
    /// Teams id until they write to the bot.
    /// </summary>
    internal static List<string> Reachable(IEnumerable<string> userIds) =>
        [.. userIds.Where(id => !id.StartsWith("aad:", StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The round kind that renders this round's cards, or null when no feature registered it.</summary>
    internal IRoundKind? KindOf(RoundRecord round) =>
        kinds.FirstOrDefault(k => string.Equals(k.Kind, round.Kind, StringComparison.Ordinal));

    /// <summary>A copy of <paramref name="card"/> from the bot to one person's 1:1 chat (opened if need be), under <paramref name="key"/>.</summary>
    internal static OutboxMessage PersonalCard(RoundRecord round, string botId, string userId, System.Text.Json.Nodes.JsonObject card, string key)
    {
        var message = OutgoingActivities.Card(card.DeepClone().AsObject());
        message.From = new ChannelAccount { Id = botId };
        message.Recipient = new ChannelAccount { Id = userId };
        return new OutboxMessage(key, round.TenantId, round.ServiceUrl, userId, OutboxOperation.CreatePersonal, message);
    }

    /// <summary>The bot's id in the tenant, as Teams last sent it: needed to open a 1:1 with someone.</summary>
    internal async Task<string?> BotIdAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return await c.ExecuteScalarAsync<string?>(new CommandDefinition(BotIdSql, new { TenantId = tenantId }, cancellationToken: cancellationToken));
    }
}
