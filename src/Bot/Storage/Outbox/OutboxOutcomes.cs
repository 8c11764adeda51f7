using System.Data.Common;
using SkoleUtvikling.Bot.Protocol.Outbound;
using SkoleUtvikling.Bot.Storage.Outbox.Sending;
using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>
/// What becomes of a row after a call: sent, retried or stopped as the queue's <see cref="FailurePolicy"/>
/// decides for the failure <see cref="FailureClassifier"/> read from Teams' answer (protocol.md §5),
/// closing its conversation when Teams says it is gone. Each outcome is written with the call's attempt.
/// </summary>
internal sealed class OutboxOutcomes(
    OutboxLedger ledger,
    FailurePolicy policy,
    ClosedConversations closed,
    OutboxOptions options,
    TimeProvider time,
    ILogger logger,
    string owner)
{
    /// <summary>
    /// The one write that must not be lost: a delivered message not marked sent goes out again when its
    /// lease expires. A database blip is waited out (0.5 + 1 + 2 + 4 s, well inside the lease).
    /// </summary>
    public async Task<bool> RecordSentAsync(OutboxRow row, int attempt, OutboxAttempt call, string? activityId, string? conversationId)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await ledger.RecordSentAsync(row, owner, attempt, call, activityId, conversationId, NowMs());
            }
            catch (DbException ex) when (tries < 5)
            {
                OutboxLog.RecordingRetried(logger, row.Id, tries, ex);
                await Task.Delay(TimeSpan.FromMilliseconds(500 * (1 << (tries - 1))), time);
            }
        }
    }

    /// <returns>False when the row was stopped (policy Hold), true to go on and send it again.</returns>
    public async Task<bool> SettleInterruptedAsync(OutboxRow row, OutboxOperation? operation)
    {
        await ledger.RecordInterruptedAsync(row, owner, NowMs());
        var hold = options.InDoubt == InDoubtPolicy.Hold && operation != OutboxOperation.Update;
        OutboxLog.Interrupted(logger, row.Id, row.InFlightOwner ?? "unknown", hold);
        if (hold)
        {
            await StopAsync(row, row.Attempts, null, "an earlier attempt was interrupted mid-call and may have arrived; held so it is not sent twice", interrupted: false, closedConversationId: null);
        }

        return !hold;
    }

    public async Task FailAsync(OutboxRow row, OutboxOperation operation, int attempt, OutboxAttempt call, ConnectorError error, string? conversationId, bool idempotent)
    {
        var failure = FailureClassifier.Classify(error);
        var decision = await policy.DecideAsync(row.TenantId, failure, attempt, idempotent);
        if (decision.RetryAt is { } next)
        {
            await RetryAsync(row, attempt, call, next, decision.Interrupted);
            return;
        }

        // Block the conversation as conversations knows it: the root id, or the 1:1 once it exists.
        var closed = failure.Kind != FailureKind.TargetGone ? null
            : operation == OutboxOperation.CreatePersonal ? conversationId ?? row.ConversationKey : row.ConversationKey;
        await StopAsync(row, attempt, call, decision.StopReason!, decision.Interrupted, closed);
    }

    private async Task RetryAsync(OutboxRow row, int attempt, OutboxAttempt call, DateTimeOffset next, bool interrupted)
    {
        if (!await ledger.RecordRetryAsync(row, owner, attempt, call, next.ToUnixTimeMilliseconds(), interrupted))
        {
            OutboxLog.LeaseLost(logger, row.Id, owner);
        }

        OutboxLog.Retrying(logger, row.Id, attempt, call.StatusCode, call.ErrorCode, next);
    }

    public async Task StopAsync(OutboxRow row, int attempt, OutboxAttempt? call, string reason, bool interrupted, string? closedConversationId)
    {
        var (recorded, buried) = await ledger.RecordDeadAsync(row, owner, attempt, call, reason, interrupted, closedConversationId, NowMs());
        if (!recorded)
        {
            OutboxLog.LeaseLost(logger, row.Id, owner);
        }

        OutboxLog.Dead(logger, row.Id, call?.StatusCode ?? 0, call?.ErrorCode, reason);
        if (closedConversationId is not null)
        {
            closed.Closed();
            OutboxLog.ConversationClosed(logger, closedConversationId, buried);
        }
    }

    private long NowMs() => time.GetUtcNow().ToUnixTimeMilliseconds();
}
