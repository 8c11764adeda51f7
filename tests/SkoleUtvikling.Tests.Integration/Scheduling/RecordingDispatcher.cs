using System.Collections.Concurrent;
using SkoleUtvikling.Scheduling.Jobs;

namespace SkoleUtvikling.Tests.Integration.Scheduling;

/// <summary>Stands in for the Bot's outbox: records every dispatch, and can fail the first few on purpose.</summary>
public sealed class RecordingDispatcher : IPostDispatcher
{
    private readonly ConcurrentQueue<Dispatch> _dispatches = new();
    private int _failuresLeft;

    public sealed record Dispatch(string PostKey, DateTimeOffset ScheduledFireUtc, bool Late);

    public IReadOnlyList<Dispatch> Dispatches => [.. _dispatches];

    public void FailNext(int count) => Volatile.Write(ref _failuresLeft, count);

    public int Count(string postKey) => _dispatches.Count(d => d.PostKey == postKey);

    public Task DispatchAsync(string postKey, DateTimeOffset scheduledFireUtc, bool late, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("Outbox unavailable (test)");
        }

        _dispatches.Enqueue(new Dispatch(postKey, scheduledFireUtc, late));
        return Task.CompletedTask;
    }
}
