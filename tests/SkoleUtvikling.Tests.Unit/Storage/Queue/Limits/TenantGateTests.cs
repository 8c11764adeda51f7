using SkoleUtvikling.Bot.Storage.Queue.Limits;

namespace SkoleUtvikling.Tests.Unit.Storage.Queue.Limits;

public sealed class TenantGateTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_retry_after_each_429_in_a_row_doubles_the_pause()
    {
        var gate = new TenantGate(new RetryBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(10), new FixedRandom(1.0)));

        var pauses = Enumerable.Range(0, 4).Select(i => gate.Pause("t1", null, Now.AddHours(i)) - Now.AddHours(i)).ToList();

        Assert.Equal([2, 4, 8, 16], pauses.Select(p => p.TotalSeconds));
    }

    [Fact]
    public void A_success_starts_the_backoff_over()
    {
        var gate = new TenantGate(new RetryBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(10), new FixedRandom(1.0)));
        gate.Pause("t1", null, Now);
        gate.Pause("t1", null, Now.AddHours(1));

        gate.Succeeded("t1");

        Assert.Equal(TimeSpan.FromSeconds(2), gate.Pause("t1", null, Now.AddHours(2)) - Now.AddHours(2));
    }

    [Fact]
    public void A_shorter_retry_after_never_shortens_a_longer_pause()
    {
        var gate = new TenantGate(new RetryBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(10), new FixedRandom(1.0)));
        gate.Pause("t1", TimeSpan.FromSeconds(60), Now);

        var until = gate.Pause("t1", TimeSpan.FromSeconds(5), Now.AddSeconds(1));

        Assert.Equal(Now.AddSeconds(60), until);
        Assert.Equal(Now.AddSeconds(60), gate.PausedUntil("t1", Now.AddSeconds(59)));
        Assert.Null(gate.PausedUntil("t1", Now.AddSeconds(60)));
        Assert.Null(gate.PausedUntil("t2", Now));
    }
}
