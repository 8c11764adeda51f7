using System.Collections.Concurrent;
using SkoleUtvikling.Scheduling.Jobs;

namespace SkoleUtvikling.Tests.Integration.Scheduling;

/// <summary>
/// A dispatcher that does not return for <c>hangOn</c> (every key when null) until released, like a
/// replica that dies mid-firing; every other dispatch, and a released one, is recorded.
/// </summary>
public sealed class HangingDispatcher(string? hangOn = null) : IPostDispatcher
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> _dispatched = new();

    public Task Entered => _entered.Task;

    /// <summary>The keys dispatched (and returned), in order.</summary>
    public IReadOnlyList<string> Dispatched => [.. _dispatched];

    public void Release() => _released.TrySetResult();

    public async Task DispatchAsync(string postKey, DateTimeOffset scheduledFireUtc, bool late, CancellationToken cancellationToken)
    {
        if (hangOn is null || hangOn == postKey)
        {
            _entered.TrySetResult();
            await _released.Task;
        }

        _dispatched.Enqueue(postKey);
    }
}
