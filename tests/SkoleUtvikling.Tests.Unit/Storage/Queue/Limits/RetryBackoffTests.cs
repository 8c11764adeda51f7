using SkoleUtvikling.Bot.Storage.Queue.Limits;

namespace SkoleUtvikling.Tests.Unit.Storage.Queue.Limits;

public sealed class RetryBackoffTests
{
    [Theory]
    [InlineData(1, 1.0, 2)]
    [InlineData(1, 0.0, 1)]
    [InlineData(3, 1.0, 8)]
    [InlineData(3, 0.5, 6)]
    [InlineData(4, 0.0, 8)]
    public void Attempt_n_waits_between_half_and_all_of_base_times_two_to_the_n_minus_one(int attempt, double random, double seconds)
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(10), new FixedRandom(random));

        Assert.Equal(TimeSpan.FromSeconds(seconds), backoff.Delay(attempt));
    }

    [Fact]
    public void The_delay_never_passes_the_maximum()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(10), new FixedRandom(1.0));

        Assert.Equal(TimeSpan.FromMinutes(10), backoff.Delay(40));
        Assert.Equal(TimeSpan.FromMinutes(10), backoff.Delay(int.MaxValue));
    }

    [Fact]
    public void Jitter_spreads_retries_that_failed_together()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(10), new Random(42));

        var delays = Enumerable.Range(0, 50).Select(_ => backoff.Delay(5)).ToList();

        Assert.All(delays, d => Assert.InRange(d.TotalSeconds, 16, 32));
        Assert.True(delays.Distinct().Count() > 40);
    }
}
