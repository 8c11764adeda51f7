namespace SkoleUtvikling.Bot.Storage.Queue;

/// <summary>
/// A queue worker's in-process doorbell: the worker sleeps until rung (a caller committed jobs, a job
/// finished) or until its poll interval passes on the injected clock. A ring while nobody waits is
/// kept for the next wait, so no ring is lost. Each job kind has its own subclass, so each worker
/// is rung only for its own jobs.
/// </summary>
public abstract class WorkSignal
{
    private TaskCompletionSource _bell = NewBell();

    public void Notify() => Volatile.Read(ref _bell).TrySetResult();

    /// <returns>True when rung, false when <paramref name="timeout"/> passed.</returns>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var bell = Volatile.Read(ref _bell);
        if (!bell.Task.IsCompleted)
        {
            using var stopDelay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(timeout, time, stopDelay.Token);
            var first = await Task.WhenAny(bell.Task, delay);
            await stopDelay.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            if (first != bell.Task)
            {
                return false;
            }
        }

        // Re-arm before the caller looks for work: a ring after this point is for the next wait,
        // and whatever rang before it is visible to the work about to start.
        Interlocked.CompareExchange(ref _bell, NewBell(), bell);
        return true;
    }

    private static TaskCompletionSource NewBell() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
