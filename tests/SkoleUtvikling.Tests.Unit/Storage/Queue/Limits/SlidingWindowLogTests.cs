using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Storage.Outbox.Sending;
using SkoleUtvikling.Bot.Storage.Queue.Limits;

namespace SkoleUtvikling.Tests.Unit.Storage.Queue.Limits;

public sealed class SlidingWindowLogTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 7, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Seven_fit_in_a_second_and_the_eighth_waits_until_the_first_has_slid_out()
    {
        var log = new SlidingWindowLog([new RateWindow(7, TimeSpan.FromSeconds(1))]);
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(TimeSpan.Zero, log.DelayUntilFree(_time.GetUtcNow()));
            SlidingWindowLog.Complete(log.Take(_time.GetUtcNow()), _time.GetUtcNow());
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }

        // The first finished at 0 ms; now is 700 ms; it leaves the window at 1000 ms.
        Assert.Equal(TimeSpan.FromMilliseconds(300), log.DelayUntilFree(_time.GetUtcNow()));
        _time.Advance(TimeSpan.FromMilliseconds(300));
        Assert.Equal(TimeSpan.Zero, log.DelayUntilFree(_time.GetUtcNow()));
    }

    [Fact]
    public void A_key_kept_at_its_limit_for_a_minute_holds_only_what_its_window_can_still_see()
    {
        var log = new SlidingWindowLog([new RateWindow(50, TimeSpan.FromSeconds(1))]);
        for (var i = 0; i < 3_000; i++)
        {
            SlidingWindowLog.Complete(log.Take(_time.GetUtcNow()), _time.GetUtcNow());
            _time.Advance(TimeSpan.FromMilliseconds(20));
        }

        Assert.InRange(log.Count, 50, 51);
        Assert.Equal(TimeSpan.Zero, log.DelayUntilFree(_time.GetUtcNow()));
        log.Take(_time.GetUtcNow());
        Assert.True(log.DelayUntilFree(_time.GetUtcNow()) > TimeSpan.Zero, "the 51st within a second must wait");
    }

    [Fact]
    public void Eight_per_two_seconds_binds_even_when_each_second_has_room()
    {
        var log = new SlidingWindowLog(TeamsRateLimits.PerConversation);
        TakeNow(log, 7);
        _time.Advance(TimeSpan.FromSeconds(1));
        TakeNow(log, 1);

        Assert.Equal(TimeSpan.FromSeconds(1), log.DelayUntilFree(_time.GetUtcNow()));
    }

    [Fact]
    public void A_request_counts_from_when_its_answer_came_not_from_when_it_started()
    {
        var log = new SlidingWindowLog([new RateWindow(1, TimeSpan.FromSeconds(1))]);
        var slot = log.Take(_time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(3));
        SlidingWindowLog.Complete(slot, _time.GetUtcNow());

        Assert.Equal(TimeSpan.FromSeconds(1), log.DelayUntilFree(_time.GetUtcNow()));
    }

    [Fact]
    public void Requests_still_in_flight_fill_the_window_whatever_their_age()
    {
        var log = new SlidingWindowLog([new RateWindow(2, TimeSpan.FromSeconds(1))]);
        log.Take(_time.GetUtcNow());
        log.Take(_time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.True(log.DelayUntilFree(_time.GetUtcNow()) > TimeSpan.Zero);
    }

    [Fact]
    public void Prune_forgets_what_no_window_can_see_and_says_when_the_key_is_empty()
    {
        var log = new SlidingWindowLog(TeamsRateLimits.PerConversation);
        TakeNow(log, 3);

        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.False(log.Prune(_time.GetUtcNow()));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(log.Prune(_time.GetUtcNow()));
    }

    [Fact]
    public void A_greedy_sender_over_two_hours_never_exceeds_any_of_teams_windows()
    {
        var log = new SlidingWindowLog(TeamsRateLimits.PerConversation);
        var sent = new List<DateTimeOffset>();
        var end = _time.GetUtcNow().AddHours(2);
        while (_time.GetUtcNow() < end)
        {
            var wait = log.DelayUntilFree(_time.GetUtcNow());
            if (wait > TimeSpan.Zero)
            {
                _time.Advance(wait);
                continue;
            }

            // Each call takes 40 ms; the service counts it on arrival, half way.
            var slot = log.Take(_time.GetUtcNow());
            _time.Advance(TimeSpan.FromMilliseconds(20));
            sent.Add(_time.GetUtcNow());
            _time.Advance(TimeSpan.FromMilliseconds(20));
            SlidingWindowLog.Complete(slot, _time.GetUtcNow());
        }

        foreach (var window in TeamsRateLimits.PerConversation)
        {
            var max = sent.Select((at, i) => sent.Skip(i).TakeWhile(t => t - at < window.Length).Count()).Max();
            Assert.True(max <= window.Limit, $"{max} in {window}");
        }

        // And it used the budget: 1800 in the first hour, 3600 in two.
        Assert.InRange(sent.Count, 3550, 3600);
    }

    private void TakeNow(SlidingWindowLog log, int count)
    {
        for (var i = 0; i < count; i++)
        {
            SlidingWindowLog.Complete(log.Take(_time.GetUtcNow()), _time.GetUtcNow());
        }
    }
}
