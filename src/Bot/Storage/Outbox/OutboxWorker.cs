using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Protocol.Outbound;
using SkoleUtvikling.Bot.Storage.Outbox.Sending;

namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>
/// Sends the outbox. Claims due conversation heads under a lease (its own owner id per instance),
/// delivers up to <see cref="OutboxOptions.MaxConcurrentSends"/> of them at once, and is woken by
/// <see cref="OutboxSignal"/> or polls. On stop it claims nothing more, lets calls under way finish
/// and be recorded for <see cref="OutboxOptions.ShutdownGrace"/>, then cancels what is left.
/// </summary>
public sealed class OutboxWorker : BackgroundService
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);

    // While a tenant is saturated, a claim that leaves it out reads past its whole backlog; when that
    // found nothing, the next such look waits this long (other tenants' new rows wait at most this).
    private static readonly TimeSpan SaturatedLookEvery = TimeSpan.FromMilliseconds(250);

    private readonly OutboxOptions _options;
    private readonly OutboxSignal _signal;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxWorker> _logger;
    private readonly OutboxLedger _ledger;
    private readonly SendRateLimiter _limiter;
    private readonly OutboxDelivery _delivery;
    private readonly ConcurrentDictionary<long, Task> _running = new();

    public OutboxWorker(Database database, IConnectorClient connector, OutboxSignal signal, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxWorker> logger)
    {
        _options = options.Value;
        _signal = signal;
        _time = time;
        _logger = logger;
        OwnerId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
        var backoff = new RetryBackoff(_options.RetryBaseDelay, _options.RetryMaxDelay, Random.Shared);
        var perTenant = new[] { new RateWindow(_options.TenantRequestsPerSecond, TimeSpan.FromSeconds(1)) };
        _limiter = new SendRateLimiter(TeamsRateLimits.PerConversation, perTenant, backoff, time);
        _ledger = new OutboxLedger(database);
        var outcomes = new OutboxOutcomes(_ledger, _limiter, backoff, _options, time, logger, OwnerId);
        _delivery = new OutboxDelivery(connector, _ledger, _limiter, outcomes, _options, time, logger, OwnerId);
    }

    /// <summary>This instance's lease owner id: machine, process and a random part, so a restarted worker never passes for its predecessor.</summary>
    public string OwnerId { get; }

    /// <summary>Rows this worker holds right now.</summary>
    public int InFlight => _running.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            OutboxLog.Disabled(_logger);
            return;
        }

        // Let the host finish starting; the loop runs on the thread pool.
        await Task.Yield();
        OutboxLog.Started(_logger, OwnerId, _options.MaxConcurrentSends);
        using var hardStop = new CancellationTokenSource();
        var lastPrune = _time.GetUtcNow();
        var nextSaturatedLook = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            var (saturated, firstFreeIn) = _limiter.Saturated();
            var capacity = _options.MaxConcurrentSends - _running.Count;
            // When every slot is taken, the next delivery to finish rings the signal. Each committed row
            // rings it too; under load that is thousands a second, which must not each cost a claim.
            if (capacity > 0 && (saturated.Count == 0 || _time.GetUtcNow() >= nextSaturatedLook))
            {
                var claimed = await ClaimAndStartAsync(capacity, saturated, stoppingToken, hardStop.Token);
                if (claimed == 0 && saturated.Count > 0)
                {
                    nextSaturatedLook = _time.GetUtcNow() + SaturatedLookEvery;
                }
            }

            if (_time.GetUtcNow() - lastPrune > PruneEvery)
            {
                _limiter.Prune();
                lastPrune = _time.GetUtcNow();
            }

            var wait = firstFreeIn is { } free && free < _options.PollInterval ? free : _options.PollInterval;
            try
            {
                await _signal.WaitAsync(wait, _time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }

        await DrainAsync(hardStop);
    }

    /// <returns>How many deliveries were started.</returns>
    private async Task<int> ClaimAndStartAsync(int capacity, IReadOnlyList<string> saturatedTenants, CancellationToken stoppingToken, CancellationToken hardStop)
    {
        IReadOnlyList<OutboxRow> rows;
        try
        {
            var now = _time.GetUtcNow();
            rows = await _ledger.ClaimAsync(OwnerId, capacity, saturatedTenants, now.ToUnixTimeMilliseconds(), (now + _options.LeaseDuration).ToUnixTimeMilliseconds(), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (DbException ex)
        {
            OutboxLog.ClaimFailed(_logger, ex);
            return 0;
        }

        var started = 0;
        foreach (var row in rows)
        {
            // Registered before it starts, so the row is counted until its task has removed it. A row whose
            // lease ran out while this worker still delivers it (a slow database under load) comes back
            // with the same owner: the claim only renewed its lease, and a second delivery beside the first
            // could not be told apart from it by the lease checks.
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_running.TryAdd(row.Id, done.Task))
            {
                continue;
            }

            started++;
            _ = RunAsync(row, done, stoppingToken, hardStop);
        }

        return started;
    }

    private async Task RunAsync(OutboxRow row, TaskCompletionSource done, CancellationToken stoppingToken, CancellationToken hardStop)
    {
        try
        {
            await _delivery.DeliverAsync(row, stoppingToken, hardStop);
        }
#pragma warning disable CA1031 // One row's unexpected failure must not stop the worker; its lease expires and it is taken up again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            OutboxLog.DeliveryFailed(_logger, row.Id, ex);
        }
        finally
        {
            _running.TryRemove(row.Id, out _);
            done.TrySetResult();
            // A slot is free and the conversation's next row may be due.
            _signal.Notify();
        }
    }

    private async Task DrainAsync(CancellationTokenSource hardStop)
    {
        var running = _running.Values.ToArray();
        OutboxLog.Stopping(_logger, OwnerId, running.Length);
        var all = Task.WhenAll(running);
        if (running.Length > 0 && await Task.WhenAny(all, Task.Delay(_options.ShutdownGrace, _time)) != all)
        {
            OutboxLog.ShutdownGraceElapsed(_logger, OwnerId);
            await hardStop.CancelAsync();
        }

        // Cancelled calls end at once and their unknown outcome is recorded.
        await all;
        OutboxLog.Stopped(_logger, OwnerId);
    }
}
