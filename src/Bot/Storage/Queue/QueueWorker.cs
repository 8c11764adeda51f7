using System.Collections.Concurrent;
using System.Data.Common;
using SkoleUtvikling.Bot.Storage.Queue.Limits;

namespace SkoleUtvikling.Bot.Storage.Queue;

/// <summary>
/// The one durable-queue worker; each job kind (Teams sends, Graph filing, …) is a subclass that says
/// how to claim its jobs and how to perform one. Claims due jobs under a lease (its own owner id per
/// instance, so replicas share a table safely), leaving out tenants its <see cref="RateLimiter"/>
/// cannot serve now (paused after a 429, or their budget spent); runs up to
/// <see cref="QueueSettings.Concurrency"/> at once; is woken by its <see cref="WorkSignal"/> or polls.
/// On stop it claims nothing more, lets jobs under way finish and be recorded for
/// <see cref="QueueSettings.ShutdownGrace"/>, then cancels what is left (their outcome is then unknown,
/// and the kind records it as such).
/// </summary>
public abstract class QueueWorker<TJob> : BackgroundService
    where TJob : IQueuedJob
{
    // While a tenant is saturated, a claim that leaves it out reads past its whole backlog; when that
    // found nothing, the next such look waits this long (other tenants' new jobs wait at most this).
    private static readonly TimeSpan SaturatedLookEvery = TimeSpan.FromMilliseconds(250);

    private readonly QueueSettings _settings;
    private readonly WorkSignal _signal;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<long, Task> _running = new();

    protected QueueWorker(string kind, QueueSettings settings, WorkSignal signal, RateLimiter limiter, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Kind = kind;
        _settings = settings;
        _signal = signal;
        Limiter = limiter;
        _time = time;
        _logger = logger;
        OwnerId = $"{Environment.MachineName}:{Environment.ProcessId}:{kind.ToLowerInvariant()}:{Guid.NewGuid().ToString("N")[..8]}";
    }

    /// <summary>The job kind, for logs and owner ids.</summary>
    public string Kind { get; }

    /// <summary>This instance's lease owner id: machine, process, kind and a random part, so a restarted worker never passes for its predecessor.</summary>
    public string OwnerId { get; }

    /// <summary>Jobs this worker holds right now.</summary>
    public int InFlight => _running.Count;

    protected RateLimiter Limiter { get; }

    /// <summary>How often <see cref="MaintainAsync"/> runs (and the limiter forgets what no window sees any more).</summary>
    protected virtual TimeSpan MaintenanceInterval => TimeSpan.FromMinutes(1);

    /// <summary>The kind's table: its jobs are claimed from it and handed back to it.</summary>
    protected abstract QueueTable Table { get; }

    /// <summary>
    /// Performs one claimed job and records its outcome. <paramref name="stopping"/>: stop waiting and
    /// hand the job back; <paramref name="hardStop"/>: the shutdown grace is over, cancel the call.
    /// </summary>
    protected abstract Task PerformAsync(TJob job, CancellationToken stopping, CancellationToken hardStop);

    /// <summary>Periodic upkeep of the kind's table, from the worker's loop (at start, then every <see cref="MaintenanceInterval"/>).</summary>
    protected virtual Task MaintainAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_settings.Enabled)
        {
            QueueLog.Disabled(_logger, Kind);
            return;
        }

        // Let the host finish starting; the loop runs on the thread pool.
        await Task.Yield();
        QueueLog.Started(_logger, Kind, OwnerId, _settings.Concurrency);
        using var hardStop = new CancellationTokenSource();
        var lastMaintenance = DateTimeOffset.MinValue;
        var nextSaturatedLook = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (_time.GetUtcNow() - lastMaintenance >= MaintenanceInterval)
            {
                lastMaintenance = _time.GetUtcNow();
                Limiter.Prune();
                await MaintainSafelyAsync(stoppingToken);
            }

            var (saturated, firstFreeIn) = Limiter.Saturated();
            var capacity = _settings.Concurrency - _running.Count;
            // When every slot is taken, the next job to finish rings the signal. Each committed job
            // rings it too; under load that is thousands a second, which must not each cost a claim.
            if (capacity > 0 && (saturated.Count == 0 || _time.GetUtcNow() >= nextSaturatedLook))
            {
                var claimed = await ClaimAndStartAsync(capacity, saturated, stoppingToken, hardStop.Token);
                if (claimed == 0 && saturated.Count > 0)
                {
                    nextSaturatedLook = _time.GetUtcNow() + SaturatedLookEvery;
                }
            }

            var wait = firstFreeIn is { } free && free < _settings.PollInterval ? free : _settings.PollInterval;
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

    private async Task MaintainSafelyAsync(CancellationToken stoppingToken)
    {
        try
        {
            await MaintainAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (DbException ex)
        {
            QueueLog.ClaimFailed(_logger, Kind, ex);
        }
    }

    /// <returns>How many jobs were started.</returns>
    private async Task<int> ClaimAndStartAsync(int capacity, IReadOnlyList<string> saturatedTenants, CancellationToken stoppingToken, CancellationToken hardStop)
    {
        IReadOnlyList<TJob> jobs;
        try
        {
            var now = _time.GetUtcNow();
            jobs = await Table.ClaimAsync<TJob>(OwnerId, capacity, saturatedTenants, now.ToUnixTimeMilliseconds(), (now + _settings.LeaseDuration).ToUnixTimeMilliseconds(), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (DbException ex)
        {
            QueueLog.ClaimFailed(_logger, Kind, ex);
            return 0;
        }

        var started = 0;
        foreach (var job in jobs)
        {
            // Registered before it starts, so the job is counted until its task has removed it. A job this
            // worker still performs can come back from the claim with the same owner: its lease ran out (a slow
            // database under load), or the run handed it back (rate limits) and has not returned yet. A second
            // run beside the first could not be told apart from it by the lease checks, so none is started; the
            // new lease is handed back once the first run is over, or the job would wait for it to expire.
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_running.TryAdd(job.Id, done.Task))
            {
                _ = HandBackAfterAsync(job.Id, _running.TryGetValue(job.Id, out var first) ? first : Task.CompletedTask);
                continue;
            }

            started++;
            _ = RunAsync(job, done, stoppingToken, hardStop);
        }

        return started;
    }

    private async Task RunAsync(TJob job, TaskCompletionSource done, CancellationToken stoppingToken, CancellationToken hardStop)
    {
        try
        {
            await PerformAsync(job, stoppingToken, hardStop);
        }
#pragma warning disable CA1031 // One job's unexpected failure must not stop the worker; its lease expires and it is taken up again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            QueueLog.JobFailed(_logger, Kind, job.Id, ex);
        }
        finally
        {
            _running.TryRemove(job.Id, out _);
            done.TrySetResult();
            // A slot is free, and the next job of the same head may be due.
            _signal.Notify();
        }
    }

    /// <summary>
    /// Hands a job claimed while its previous run was still going back to the table, due now, once that run is over.
    /// The release only takes a lease this worker still holds: a run that recorded its outcome has cleared it, and
    /// then nothing changes.
    /// </summary>
    private async Task HandBackAfterAsync(long jobId, Task previousRun)
    {
        await previousRun;
        try
        {
            if (await Table.ReleaseAsync(jobId, OwnerId, _time.GetUtcNow().ToUnixTimeMilliseconds()))
            {
                QueueLog.ClaimedWhileRunning(_logger, Kind, jobId);
                _signal.Notify();
            }
        }
        catch (DbException ex)
        {
            // The lease then runs out and the job is taken up again, as after a crash.
            QueueLog.ClaimFailed(_logger, Kind, ex);
        }
    }

    private async Task DrainAsync(CancellationTokenSource hardStop)
    {
        var running = _running.Values.ToArray();
        QueueLog.Stopping(_logger, Kind, OwnerId, running.Length);
        var all = Task.WhenAll(running);
        if (running.Length > 0 && await Task.WhenAny(all, Task.Delay(_settings.ShutdownGrace, _time)) != all)
        {
            QueueLog.ShutdownGraceElapsed(_logger, Kind, OwnerId);
            await hardStop.CancelAsync();
        }

        // Cancelled calls end at once and their unknown outcome is recorded.
        await all;
        QueueLog.Stopped(_logger, Kind, OwnerId);
    }
}
