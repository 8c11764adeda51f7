using System.Collections.Concurrent;
using System.Globalization;
using SkoleUtvikling.Scheduling.Jobs;

namespace SkoleUtvikling.Benchmarks.Scheduling;

/// <summary>The benchmark's Bot: notes when each post arrived (after the outbox stand-in's insert, if any).</summary>
internal sealed class LagRecorder(int expected, OutboxStandIn? outbox) : IPostDispatcher, IMisfireReporter
{
    private readonly ConcurrentBag<double> _lagsMs = [];
    private readonly ConcurrentDictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;
    private int _late;
    private int _missed;
    private int _duplicates;

    public Task AllArrived => _all.Task;

    public async Task DispatchAsync(string postKey, DateTimeOffset scheduledFireUtc, bool late, CancellationToken cancellationToken)
    {
        if (outbox is not null)
        {
            await outbox.InsertAsync(postKey, cancellationToken);
        }

        if (_seen.AddOrUpdate(postKey, 1, (_, n) => n + 1) > 1)
        {
            // A second dispatch of a key: the outbox would drop it; count it, and do not count it as arrived.
            Interlocked.Increment(ref _duplicates);
            return;
        }

        _lagsMs.Add((TimeProvider.System.GetUtcNow() - scheduledFireUtc).TotalMilliseconds);
        if (late)
        {
            Interlocked.Increment(ref _late);
        }

        Arrived();
    }

    public Task ReportMissedAsync(string postKey, DateTimeOffset scheduledFireUtc, DateTimeOffset detectedUtc, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _missed);
        Arrived();
        return Task.CompletedTask;
    }

    public string Summary(string what, TimeSpan sync, TimeSpan headroom)
    {
        var lags = _lagsMs.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"{what}: {lags.Length} posts due at once; firing lag p50 {Percentile(lags, 0.50):F0} ms, " +
            $"p99 {Percentile(lags, 0.99):F0} ms, max {lags[^1]:F0} ms (≈{lags.Length / Math.Max(lags[^1] / 1000, 0.001):F0} posts/s); " +
            $"late {_late}, missed {_missed}, dispatched twice {_duplicates}; sync of {lags.Length} took {sync.TotalSeconds:F1} s, done {headroom.TotalSeconds:F1} s before they were due");
    }

    private void Arrived()
    {
        if (Interlocked.Increment(ref _arrived) == expected)
        {
            _all.TrySetResult();
        }
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
