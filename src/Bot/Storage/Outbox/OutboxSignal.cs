namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>An in-process doorbell: the worker sleeps until rung or until its poll interval passes.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _bell = new(0, 1);

    public void Notify()
    {
        try
        {
            if (_bell.CurrentCount == 0)
            {
                _bell.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already rung; one ring is enough.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _bell.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _bell.Dispose();
}
