using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Storage.Outbox.Sending;
using SkoleUtvikling.Bot.Storage.Queue.Limits;

namespace SkoleUtvikling.Tests.Unit.Storage.Queue.Limits;

public sealed class RateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 7, 0, 0, TimeSpan.Zero));
    private readonly RateLimiter _limiter;

    public RateLimiterTests()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(10), new FixedRandom(1.0));
        _limiter = new RateLimiter(TeamsRateLimits.PerConversation, [new RateWindow(50, TimeSpan.FromSeconds(1))], backoff, _time);
    }

    [Fact]
    public void A_tenant_gets_50_calls_a_second_across_its_conversations_and_then_waits()
    {
        for (var i = 0; i < 50; i++)
        {
            _limiter.Complete(Assert.IsType<RatePermit>(_limiter.TryAcquire("t1", $"c{i}").Permit));
        }

        var refused = _limiter.TryAcquire("t1", "c-new");
        var otherTenant = _limiter.TryAcquire("t2", "c-new");

        Assert.Null(refused.Permit);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Wait);
        Assert.NotNull(otherTenant.Permit);
        Assert.Equal(["t1"], _limiter.Saturated().Tenants);
    }

    [Fact]
    public void A_429_pauses_every_conversation_of_that_tenant_until_retry_after_and_no_other_tenant()
    {
        var until = _limiter.Throttled("t1", TimeSpan.FromSeconds(30));

        var paused = _limiter.TryAcquire("t1", "any-conversation");
        var other = _limiter.TryAcquire("t2", "any-conversation");

        Assert.Equal(_time.GetUtcNow().AddSeconds(30), until);
        Assert.Equal((TimeSpan.FromSeconds(30), true), (paused.Wait, paused.TenantPaused));
        Assert.NotNull(other.Permit);
        var (tenants, freeIn) = _limiter.Saturated();
        Assert.Equal(["t1"], tenants);
        Assert.Equal(TimeSpan.FromSeconds(30), freeIn);

        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.NotNull(_limiter.TryAcquire("t1", "any-conversation").Permit);
    }

    [Fact]
    public void A_conversation_at_its_limit_waits_while_its_neighbour_goes()
    {
        for (var i = 0; i < 7; i++)
        {
            _limiter.Complete(_limiter.TryAcquire("t1", "busy").Permit!);
        }

        Assert.Null(_limiter.TryAcquire("t1", "busy").Permit);
        Assert.NotNull(_limiter.TryAcquire("t1", "quiet").Permit);
    }
}
