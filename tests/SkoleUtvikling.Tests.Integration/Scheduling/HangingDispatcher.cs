using SkoleUtvikling.Scheduling.Jobs;

namespace SkoleUtvikling.Tests.Integration.Scheduling;

/// <summary>A dispatcher that never returns, like a replica that dies mid-firing.</summary>
public sealed class HangingDispatcher : IPostDispatcher
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _never = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Entered => _entered.Task;

    public Task DispatchAsync(string postKey, DateTimeOffset scheduledFireUtc, bool late, CancellationToken cancellationToken)
    {
        _entered.TrySetResult();
        return _never.Task;
    }
}
