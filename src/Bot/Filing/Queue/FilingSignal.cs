using SkoleUtvikling.Bot.Storage.Outbox;

namespace SkoleUtvikling.Bot.Filing.Queue;

/// <summary>The filing worker's doorbell: rung after a job is enqueued or an archive chosen; the same semantics as the outbox's.</summary>
public sealed class FilingSignal
{
    private readonly OutboxSignal _bell = new();

    public void Notify() => _bell.Notify();

    public Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken) =>
        _bell.WaitAsync(timeout, time, cancellationToken);
}
