using System.Text.Json;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Protocol.Outbound;
using SkoleUtvikling.Bot.Storage.Queue;
using SkoleUtvikling.Bot.Storage.Queue.Limits;

namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>
/// Delivers one claimed row: waits its turn under the rate limits (<see cref="JobGate"/>), marks a non-idempotent call in
/// flight, makes the Connector call(s) (opening a 1:1 first when needed) and hands the result to
/// <see cref="OutboxOutcomes"/>.
/// </summary>
internal sealed class OutboxDelivery(
    IConnectorClient connector,
    OutboxLedger ledger,
    JobGate gate,
    OutboxOutcomes outcomes,
    OutboxOptions options,
    TimeProvider time,
    ILogger logger,
    string owner)
{
    public async Task DeliverAsync(OutboxRow row, CancellationToken stopping, CancellationToken hardStop)
    {
        var operation = row.OperationKind;
        if (row.InFlightSinceMs is not null && !await outcomes.SettleInterruptedAsync(row, operation))
        {
            return;
        }

        var activity = TryParse(row.Payload);
        if (Refusal(row, operation, activity) is { } refusal)
        {
            await outcomes.StopAsync(row, row.Attempts, null, refusal, interrupted: false, closedConversationId: null);
            return;
        }

        // Refusal explained any missing operation or activity.
        await SendRowAsync(row, operation!.Value, activity!, stopping, hardStop);
    }

    private async Task SendRowAsync(OutboxRow row, OutboxOperation operation, Activity activity, CancellationToken stopping, CancellationToken hardStop)
    {
        var attempt = row.Attempts + 1;
        var conversationId = operation == OutboxOperation.CreatePersonal ? row.ResultConversationId ?? row.PersonalConversationId : row.ConversationId;
        var serviceUrl = row.ServiceUrl;
        var begun = false;
        if (conversationId is null)
        {
            // A 1:1 the bot does not have yet: open it (idempotent: Teams gives the existing one back), remember it, then send.
            var botId = activity.From!.Id;
            var openPermit = await gate.AcquireAsync(row, row.ConversationKey, stopping);
            if (openPermit is null || !await BeginAsync(row, openPermit, markInFlight: false))
            {
                return;
            }

            begun = true;
            var parameters = ConversationParameters.PersonalChat(botId, row.ConversationId, row.TenantId);
            var opened = await CallAsync(openPermit, "CreateConversation", ct => connector.CreateConversationAsync(row.ServiceUrl, parameters, ct), r => r.StatusCode, hardStop);
            if (opened.Error is not null)
            {
                await outcomes.FailAsync(row, operation, attempt, opened.Attempt, opened.Error, conversationId: null, idempotent: true);
                return;
            }

            conversationId = opened.Value!.Id!;
            serviceUrl = opened.Value.ServiceUrl ?? serviceUrl;
            await ledger.RecordConversationOpenedAsync(row, owner, attempt, opened.Attempt, conversationId, botId, serviceUrl, NowMs());
            OutboxLog.PersonalConversationOpened(logger, row.Id, conversationId);
        }

        if (operation == OutboxOperation.CreatePersonal)
        {
            activity.Conversation = new ConversationAccount { Id = conversationId, ConversationType = ConversationTypes.Personal, TenantId = row.TenantId };
        }

        // Only a PUT can be repeated harmlessly; any other call is marked in flight so a crash during it is seen.
        var idempotent = operation == OutboxOperation.Update;
        var permit = await gate.AcquireAsync(row, row.ConversationKey, stopping);
        if (permit is null || !await (begun ? MarkAsync(row, permit, !idempotent) : BeginAsync(row, permit, markInFlight: !idempotent)))
        {
            return;
        }

        var call = operation == OutboxOperation.CreatePersonal ? nameof(OutboxOperation.Send) : operation.ToString();
        var sent = await CallAsync(permit, call, ct => SendAsync(operation, serviceUrl, row, conversationId, activity, ct), r => r.StatusCode, hardStop);
        if (sent.Error is not null)
        {
            await outcomes.FailAsync(row, operation, attempt, sent.Attempt, sent.Error, conversationId, idempotent);
            return;
        }

        gate.Limiter.Succeeded(row.TenantId);
        var resultConversation = operation == OutboxOperation.CreatePersonal ? conversationId : null;
        if (!await outcomes.RecordSentAsync(row, attempt, sent.Attempt, sent.Value!.Id, resultConversation))
        {
            OutboxLog.LeaseLost(logger, row.Id, owner);
        }

        OutboxLog.Sent(logger, row.Id, row.Operation, sent.Attempt.StatusCode, sent.Value.Id);
    }

    private Task<ResourceResponse> SendAsync(OutboxOperation operation, string serviceUrl, OutboxRow row, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        operation switch
        {
            OutboxOperation.Reply => connector.ReplyAsync(serviceUrl, conversationId, row.TargetActivityId!, activity, cancellationToken),
            OutboxOperation.Update => connector.UpdateAsync(serviceUrl, conversationId, row.TargetActivityId!, activity, cancellationToken),
            _ => connector.SendAsync(serviceUrl, conversationId, activity, cancellationToken),
        };

    /// <summary>Why this row cannot be sent at all, or null.</summary>
    private static string? Refusal(OutboxRow row, OutboxOperation? operation, Activity? activity)
    {
        if (operation is null)
        {
            return $"unknown operation '{row.Operation}'";
        }

        if (row.IsBlocked)
        {
            return "conversation is blocked (the user blocked the bot or it was removed); it opens again when the user writes or the app is installed again";
        }

        if (!Uri.TryCreate(row.ServiceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return "service url is not an absolute http(s) address";
        }

        if (activity is null)
        {
            return "payload is not an activity";
        }

        if (operation is OutboxOperation.Reply or OutboxOperation.Update && string.IsNullOrEmpty(row.TargetActivityId))
        {
            return $"{operation} needs the target activity id";
        }

        var needsBotId = operation == OutboxOperation.CreatePersonal && row.ResultConversationId is null && row.PersonalConversationId is null;
        return needsBotId && string.IsNullOrEmpty(activity.From?.Id) ? "activity.from (the bot's id) is needed to open a 1:1" : null;
    }

    private static Activity? TryParse(string payload)
    {
        try
        {
            return ProtocolJson.ParseActivity(payload);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<bool> BeginAsync(OutboxRow row, RatePermit permit, bool markInFlight)
    {
        if (await ledger.BeginAttemptAsync(row, owner, markInFlight, NowMs()))
        {
            return true;
        }

        gate.Limiter.Complete(permit);
        OutboxLog.LeaseLost(logger, row.Id, owner);
        return false;
    }

    private async Task<bool> MarkAsync(OutboxRow row, RatePermit permit, bool markInFlight)
    {
        if (!markInFlight || await ledger.MarkInFlightAsync(row, owner, NowMs()))
        {
            return true;
        }

        gate.Limiter.Complete(permit);
        OutboxLog.LeaseLost(logger, row.Id, owner);
        return false;
    }

    private async Task<CallOutcome<T>> CallAsync<T>(RatePermit permit, string call, Func<CancellationToken, Task<T>> send, Func<T, int> status, CancellationToken hardStop)
    {
        var started = NowMs();
        using var timeout = new CancellationTokenSource(options.SendTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, hardStop);
        ConnectorError error;
        try
        {
            var value = await send(linked.Token);
            return new CallOutcome<T>(value, null, new OutboxAttempt(call, started, NowMs(), status(value)));
        }
        catch (ConnectorException ex)
        {
            error = ex.Error;
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            // We stopped waiting; the request may still have been carried out.
            var code = hardStop.IsCancellationRequested ? OutboxAttempt.Interrupted : ConnectorError.Timeout;
            error = new ConnectorError(0, code, null, null, null, null, OutcomeUnknown: true);
        }
        finally
        {
            gate.Limiter.Complete(permit);
        }

        var attempt = new OutboxAttempt(call, started, NowMs(), error.StatusCode, error.MostSpecificCode, (long?)error.RetryAfter?.TotalMilliseconds, error.CorrelationId);
        return new CallOutcome<T>(default, error, attempt);
    }

    private long NowMs() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private sealed record CallOutcome<T>(T? Value, ConnectorError? Error, OutboxAttempt Attempt);
}
