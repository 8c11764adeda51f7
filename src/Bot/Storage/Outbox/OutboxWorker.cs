using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Protocol.Outbound;
using SkoleUtvikling.Bot.Storage.Outbox.Sending;
using SkoleUtvikling.Bot.Storage.Queue;
using SkoleUtvikling.Bot.Storage.Queue.Limits;

namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>
/// Sends the outbox: the Teams-send job kind of the durable queue (<see cref="QueueWorker{TJob}"/>).
/// Claims due conversation heads (one send in flight per conversation, in order), under Teams' limits
/// per conversation and per tenant (<see cref="TeamsRateLimits"/>), and delivers each with <see cref="OutboxDelivery"/>.
/// </summary>
public sealed class OutboxWorker : QueueWorker<OutboxRow>
{
    private readonly OutboxLedger _ledger;
    private readonly OutboxDelivery _delivery;

    public OutboxWorker(Database database, IConnectorClient connector, OutboxSignal signal, ClosedConversations closed, IOptions<OutboxOptions> options,
        TimeProvider time, ILogger<OutboxWorker> logger)
        : this(database, connector, signal, closed, options.Value, Backoff(options.Value), time, logger)
    {
    }

    private OutboxWorker(Database database, IConnectorClient connector, OutboxSignal signal, ClosedConversations closed, OutboxOptions options, RetryBackoff backoff,
        TimeProvider time, ILogger logger)
        : base(OutboxLedger.Kind, Settings(options), signal, LimiterFor(options, backoff, time), time, logger)
    {
        _ledger = new OutboxLedger(database);
        var gate = new JobGate(Limiter, _ledger.Queue, options.MaxInlineWait, time, logger, OwnerId);
        var policy = new FailurePolicy(Limiter, backoff, _ledger.Queue, options.MaxAttempts, options.InDoubt, time, logger);
        var outcomes = new OutboxOutcomes(_ledger, policy, closed, options, time, logger, OwnerId);
        _delivery = new OutboxDelivery(connector, _ledger, gate, outcomes, options, time, logger, OwnerId);
    }

    protected override QueueTable Table => _ledger.Queue;

    protected override Task PerformAsync(OutboxRow job, CancellationToken stopping, CancellationToken hardStop) =>
        _delivery.DeliverAsync(job, stopping, hardStop);

    private static RetryBackoff Backoff(OutboxOptions options) => new(options.RetryBaseDelay, options.RetryMaxDelay, Random.Shared);

    private static QueueSettings Settings(OutboxOptions o) =>
        new(o.Enabled, o.MaxConcurrentSends, o.PollInterval, o.LeaseDuration, o.ShutdownGrace, o.MaxInlineWait);

    private static RateLimiter LimiterFor(OutboxOptions options, RetryBackoff backoff, TimeProvider time) =>
        new(TeamsRateLimits.PerConversation, [new RateWindow(options.TenantRequestsPerSecond, TimeSpan.FromSeconds(1))], backoff, time);
}
