using System.Diagnostics;

namespace SkoleUtvikling.Testing.Time;

/// <summary>
/// A clock that runs <see cref="Factor"/> times faster than real time, timers included. For tests
/// where real concurrency meets time rules (a worker and a fake service sharing Teams' rate limits),
/// which FakeTimeProvider cannot drive without knowing when everyone is idle. Both sides must use
/// the same instance; rules then hold exactly, only faster.
/// </summary>
public sealed class AcceleratedTimeProvider(double factor, DateTimeOffset start) : TimeProvider
{
    private readonly long _origin = Stopwatch.GetTimestamp();

    public AcceleratedTimeProvider(double factor)
        : this(factor, new DateTimeOffset(2026, 1, 5, 7, 0, 0, TimeSpan.Zero))
    {
    }

    public double Factor => factor;

    public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(_origin) * factor;

    public override long GetTimestamp() => (long)((Stopwatch.GetTimestamp() - _origin) * factor);

    public override long TimestampFrequency => Stopwatch.Frequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new ScaledTimer(System.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    /// <summary>How long <paramref name="virtualTime"/> takes on the wall clock.</summary>
    public TimeSpan Scale(TimeSpan virtualTime) =>
        virtualTime == Timeout.InfiniteTimeSpan || virtualTime <= TimeSpan.Zero ? virtualTime : virtualTime / factor;

    private sealed class ScaledTimer(ITimer inner, AcceleratedTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
