using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage.Outbox.Sending;

namespace SkoleUtvikling.Bot.Filing.Queue;

/// <summary>
/// Files the queue. Claims due jobs under a lease (its own owner id per instance, so replicas share
/// the table safely), files up to <see cref="FilingOptions.Concurrency"/> at once, and is woken by
/// <see cref="FilingSignal"/> or polls. Also releases jobs that waited for an archive once their team
/// has one (the <c>arkiv</c> command does it at once; this sweep catches other replicas and races).
/// </summary>
public sealed class FilingWorker : BackgroundService
{
    private static readonly TimeSpan WaitingSweepEvery = TimeSpan.FromSeconds(30);

    private readonly FilingOptions _options;
    private readonly FilingSignal _signal;
    private readonly FilingLedger _ledger;
    private readonly FilingMode _mode;
    private readonly TimeProvider _time;
    private readonly ILogger<FilingWorker> _logger;
    private readonly FilingJobRunner _runner;
    private readonly ConcurrentDictionary<long, Task> _running = new();

    public FilingWorker(
        FilingLedger ledger,
        IEnumerable<IFilingDocumentSource> sources,
        IFiler filer,
        FilingMode mode,
        FilingSignal signal,
        IOptions<FilingOptions> options,
        IOptions<BotOptions> bot,
        TimeProvider time,
        ILogger<FilingWorker> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(bot);
        _options = options.Value;
        _signal = signal;
        _ledger = ledger;
        _mode = mode;
        _time = time;
        _logger = logger;
        OwnerId = $"{Environment.MachineName}:{Environment.ProcessId}:filing:{Guid.NewGuid().ToString("N")[..8]}";
        var bySource = new Dictionary<string, IFilingDocumentSource>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (!bySource.TryAdd(source.Kind, source))
            {
                throw new InvalidOperationException($"Two filing document sources are registered for kind '{source.Kind}'.");
            }
        }

        var backoff = new RetryBackoff(_options.RetryBaseDelay, _options.RetryMaxDelay, Random.Shared);
        _runner = new FilingJobRunner(ledger, new FilingNotices(ledger, bot.Value), bySource, filer, mode, _options, backoff, time, logger, OwnerId);
    }

    /// <summary>This instance's lease owner id.</summary>
    public string OwnerId { get; }

    /// <summary>Jobs this worker holds right now.</summary>
    public int InFlight => _running.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            FilingLog.WorkerDisabled(_logger);
            return;
        }

        await Task.Yield();
        FilingLog.WorkerStarted(_logger, OwnerId, _options.Concurrency);
        using var hardStop = new CancellationTokenSource();
        var lastSweep = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (_time.GetUtcNow() - lastSweep >= WaitingSweepEvery)
            {
                lastSweep = _time.GetUtcNow();
                await SweepWaitingAsync(stoppingToken);
            }

            var capacity = _options.Concurrency - _running.Count;
            if (capacity > 0)
            {
                await ClaimAndStartAsync(capacity, stoppingToken, hardStop.Token);
            }

            try
            {
                await _signal.WaitAsync(_options.PollInterval, _time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }

        await DrainAsync(hardStop);
    }

    private async Task SweepWaitingAsync(CancellationToken stoppingToken)
    {
        try
        {
            var released = await _ledger.ReleaseWaitingAsync(!_mode.UsesGraph, _time.GetUtcNow().ToUnixTimeMilliseconds(), stoppingToken);
            if (released > 0)
            {
                FilingLog.WaitingReleased(_logger, released);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (DbException ex)
        {
            FilingLog.ClaimFailed(_logger, ex);
        }
    }

    private async Task ClaimAndStartAsync(int capacity, CancellationToken stoppingToken, CancellationToken hardStop)
    {
        IReadOnlyList<FilingJobRow> rows;
        try
        {
            var now = _time.GetUtcNow();
            rows = await _ledger.ClaimAsync(OwnerId, capacity, now.ToUnixTimeMilliseconds(), (now + _options.LeaseDuration).ToUnixTimeMilliseconds(), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (DbException ex)
        {
            FilingLog.ClaimFailed(_logger, ex);
            return;
        }

        foreach (var row in rows)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _running[row.Id] = done.Task;
            _ = RunAsync(row, done, hardStop);
        }
    }

    private async Task RunAsync(FilingJobRow row, TaskCompletionSource done, CancellationToken hardStop)
    {
        try
        {
            await _runner.RunAsync(row, hardStop);
        }
#pragma warning disable CA1031 // One job's unexpected failure must not stop the worker; its lease expires and it is taken up again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            FilingLog.JobFailedUnexpectedly(_logger, row.Id, ex);
        }
        finally
        {
            _running.TryRemove(row.Id, out _);
            done.TrySetResult();
            // A slot is free, and the subject's next job may be due.
            _signal.Notify();
        }
    }

    private async Task DrainAsync(CancellationTokenSource hardStop)
    {
        var all = Task.WhenAll(_running.Values.ToArray());
        if (!all.IsCompleted && await Task.WhenAny(all, Task.Delay(_options.ShutdownGrace, _time)) != all)
        {
            await hardStop.CancelAsync();
        }

        await all;
        FilingLog.WorkerStopped(_logger, OwnerId);
    }
}
