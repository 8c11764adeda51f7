using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage.Queue;
using SkoleUtvikling.Bot.Storage.Queue.Limits;

namespace SkoleUtvikling.Bot.Filing.Queue;

/// <summary>
/// Files the queue: the Graph-filing job kind of the durable queue (<see cref="QueueWorker{TJob}"/>).
/// Claims a subject's oldest due job (two versions of one note are never uploaded at once) and files
/// it with <see cref="FilingJobRunner"/>. Graph publishes no fixed per-second limits for file uploads,
/// so this kind has no rate windows: Graph's 429s drive the tenant gate. Also releases jobs that waited
/// for an archive once their team has one (the <c>arkiv</c> command does it at once; this sweep
/// catches other replicas and races).
/// </summary>
public sealed class FilingWorker : QueueWorker<FilingJobRow>
{
    private readonly FilingLedger _ledger;
    private readonly FilingMode _mode;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly FilingJobRunner _runner;

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
        : this(ledger, sources, filer, mode, signal, options.Value, bot.Value, Backoff(options.Value), time, logger)
    {
    }

    private FilingWorker(
        FilingLedger ledger,
        IEnumerable<IFilingDocumentSource> sources,
        IFiler filer,
        FilingMode mode,
        FilingSignal signal,
        FilingOptions options,
        BotOptions bot,
        RetryBackoff backoff,
        TimeProvider time,
        ILogger logger)
        : base(FilingLedger.Kind, Settings(options), signal, new RateLimiter([], [], backoff, time), time, logger)
    {
        _ledger = ledger;
        _mode = mode;
        _time = time;
        _logger = logger;
        var bySource = new Dictionary<string, IFilingDocumentSource>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (!bySource.TryAdd(source.Kind, source))
            {
                throw new InvalidOperationException($"Two filing document sources are registered for kind '{source.Kind}'.");
            }
        }

        // Uploads replace the file of the same name: an attempt whose outcome is unknown is simply filed again.
        var policy = new FailurePolicy(Limiter, backoff, ledger.Queue, int.MaxValue, InDoubtPolicy.Resend, time, logger);
        var gate = new JobGate(Limiter, ledger.Queue, TimeSpan.Zero, time, logger, OwnerId);
        _runner = new FilingJobRunner(ledger, new FilingNotices(ledger, bot), bySource, filer, mode, options, gate, policy, time, logger, OwnerId);
    }

    protected override TimeSpan MaintenanceInterval => TimeSpan.FromSeconds(30);

    protected override QueueTable Table => _ledger.Queue;

    protected override Task PerformAsync(FilingJobRow job, CancellationToken stopping, CancellationToken hardStop) =>
        _runner.RunAsync(job, stopping, hardStop);

    /// <summary>Waiting jobs whose team now has an archive become due.</summary>
    protected override async Task MaintainAsync(CancellationToken cancellationToken)
    {
        var released = await _ledger.ReleaseWaitingAsync(!_mode.UsesGraph, _time.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken);
        if (released > 0)
        {
            FilingLog.WaitingReleased(_logger, released);
        }
    }

    private static RetryBackoff Backoff(FilingOptions options) => new(options.RetryBaseDelay, options.RetryMaxDelay, Random.Shared);

    // A job of a tenant paused meanwhile is handed back at once, due when the pause ends, instead of holding a slot.
    private static QueueSettings Settings(FilingOptions o) =>
        new(o.Enabled, o.Concurrency, o.PollInterval, o.LeaseDuration, o.ShutdownGrace, MaxInlineWait: TimeSpan.Zero);
}
