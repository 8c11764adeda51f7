using System.Data.Common;
using Dapper;
using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>
/// The worker's reads and writes of outbox rows beyond what <see cref="QueueTable"/> does for every
/// job kind. Every write after a claim is guarded by the lease
/// owner, so a worker that lost its lease cannot overwrite its successor; each returns whether the
/// row was still ours. Recording never takes the shutdown token: an outcome must be written down.
/// </summary>
public sealed class OutboxLedger(Database database)
{
    /// <summary>The job kind's name, for logs and owner ids.</summary>
    public const string Kind = "Outbox";

    /// <summary>Claim, hand back and tenant pauses, as every job kind does them.</summary>
    public QueueTable Queue { get; } = new(database, Kind, OutboxSql.Queue);

    public async Task<bool> BeginAttemptAsync(OutboxRow row, string owner, bool markInFlight, long now) =>
        await database.ExecuteAsync(OutboxSql.BeginAttempt, new { row.Id, Owner = owner, MarkInFlight = markInFlight, Now = now }) == 1;

    public async Task<bool> MarkInFlightAsync(OutboxRow row, string owner, long now) =>
        await database.ExecuteAsync(OutboxSql.MarkInFlight, new { row.Id, Owner = owner, Now = now }) == 1;

    /// <summary>The previous holder's call whose outcome nobody knows: recorded as an attempt of its own.</summary>
    public Task RecordInterruptedAsync(OutboxRow row, string owner, long now) =>
        database.InTransactionAsync(async (c, t) =>
        {
            var lost = new OutboxAttempt("Unknown", row.InFlightSinceMs ?? now, now, 0, OutboxAttempt.Interrupted);
            await InsertAttemptAsync(c, t, row.Id, row.Attempts, row.InFlightOwner ?? "unknown", lost);
            await c.ExecuteAsync(OutboxSql.MarkInterrupted, new { row.Id, Owner = owner }, t);
        });

    public Task<bool> RecordSentAsync(OutboxRow row, string owner, int attempt, OutboxAttempt call, string? activityId, string? conversationId, long now) =>
        database.InTransactionAsync(async (c, t) =>
        {
            await InsertAttemptAsync(c, t, row.Id, attempt, owner, call);
            return await c.ExecuteAsync(OutboxSql.MarkSent, new
            {
                row.Id,
                Owner = owner,
                Now = now,
                ActivityId = activityId,
                ConversationId = conversationId,
                call.StatusCode,
            }, t) == 1;
        });

    public Task<bool> RecordRetryAsync(OutboxRow row, string owner, int attempt, OutboxAttempt call, long nextAttemptAtMs, bool interrupted) =>
        database.InTransactionAsync(async (c, t) =>
        {
            await InsertAttemptAsync(c, t, row.Id, attempt, owner, call);
            return await c.ExecuteAsync(OutboxSql.MarkRetry, new
            {
                row.Id,
                Owner = owner,
                NextAttemptAtMs = nextAttemptAtMs,
                call.StatusCode,
                call.ErrorCode,
                Interrupted = interrupted ? 1 : 0,
            }, t) == 1;
        });

    /// <summary>Stops the row. With <paramref name="closedConversationId"/> the conversation is marked blocked and its later rows are stopped too.</summary>
    /// <returns>Whether the row was still ours, and how many later rows were stopped with it.</returns>
    public Task<(bool Recorded, int Buried)> RecordDeadAsync(
        OutboxRow row, string owner, int attempt, OutboxAttempt? call, string reason, bool interrupted, string? closedConversationId, long now) =>
        database.InTransactionAsync(async (c, t) =>
        {
            if (call is not null)
            {
                await InsertAttemptAsync(c, t, row.Id, attempt, owner, call);
            }

            var recorded = await c.ExecuteAsync(OutboxSql.MarkDead, new
            {
                row.Id,
                Owner = owner,
                Now = now,
                Reason = reason,
                StatusCode = call?.StatusCode,
                ErrorCode = call?.ErrorCode,
                Interrupted = interrupted ? 1 : 0,
            }, t) == 1;
            var buried = 0;
            if (closedConversationId is not null)
            {
                await c.ExecuteAsync(OutboxSql.BlockConversation, new { row.TenantId, ConversationId = closedConversationId, Now = now }, t);
                buried = await c.ExecuteAsync(OutboxSql.BuryConversation, new
                {
                    row.Id,
                    row.ConversationKey,
                    ConversationId = closedConversationId,
                    Reason = $"conversation closed by an earlier row ({reason})",
                    Now = now,
                }, t);
            }

            return (recorded, buried);
        });

    /// <summary>A 1:1 just opened: remembered on the row (so a retry does not open it again) and in <c>conversations</c> (so later rows reuse it).</summary>
    public Task RecordConversationOpenedAsync(OutboxRow row, string owner, int attempt, OutboxAttempt call, string conversationId, string? botId, string serviceUrl, long now) =>
        database.InTransactionAsync(async (c, t) =>
        {
            await InsertAttemptAsync(c, t, row.Id, attempt, owner, call);
            await c.ExecuteAsync(OutboxSql.RememberConversation, new { row.Id, Owner = owner, ConversationId = conversationId }, t);
            await c.ExecuteAsync(OutboxSql.UpsertPersonalConversation, new
            {
                ConversationId = conversationId,
                row.TenantId,
                UserId = row.ConversationId,
                ServiceUrl = serviceUrl,
                BotId = botId,
                Now = now,
            }, t);
        });

    private static Task<int> InsertAttemptAsync(DbConnection c, DbTransaction t, long outboxId, int attempt, string owner, OutboxAttempt call) =>
        c.ExecuteAsync(OutboxSql.InsertAttempt, new
        {
            OutboxId = outboxId,
            Attempt = attempt,
            call.Call,
            Owner = owner,
            call.StartedAtMs,
            call.FinishedAtMs,
            call.StatusCode,
            call.ErrorCode,
            call.RetryAfterMs,
            call.CorrelationId,
        }, t);
}
