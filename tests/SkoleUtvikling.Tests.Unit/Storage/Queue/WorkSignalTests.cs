using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Tests.Unit.Storage.Queue;

public sealed class WorkSignalTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task A_ring_while_nobody_waits_is_kept_for_the_next_wait()
    {
        var signal = new TestSignal();
        signal.Notify();

        Assert.True(await signal.WaitAsync(TimeSpan.FromHours(1), _time, default));
    }

    [Fact]
    public async Task A_ring_wakes_a_waiter_and_is_used_up()
    {
        var signal = new TestSignal();
        var waiting = signal.WaitAsync(TimeSpan.FromHours(1), _time, default);
        Assert.False(waiting.IsCompleted);

        signal.Notify();

        Assert.True(await waiting);
        var next = signal.WaitAsync(TimeSpan.FromSeconds(2), _time, default);
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(await next);
    }

    [Fact]
    public async Task Without_a_ring_the_wait_ends_when_the_poll_interval_has_passed_on_the_clock()
    {
        var signal = new TestSignal();
        var waiting = signal.WaitAsync(TimeSpan.FromSeconds(2), _time, default);

        _time.Advance(TimeSpan.FromSeconds(1.9));
        Assert.False(waiting.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.False(await waiting);
    }

    [Fact]
    public async Task Stopping_ends_the_wait_with_cancellation()
    {
        var signal = new TestSignal();
        using var stop = new CancellationTokenSource();
        var waiting = signal.WaitAsync(TimeSpan.FromHours(1), _time, stop.Token);

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}

internal sealed class TestSignal : WorkSignal;
