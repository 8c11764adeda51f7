using SkoleUtvikling.Scheduling.Jobs;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Jobs;

public sealed class FiringWindowTests
{
    private static readonly DateTimeOffset Planned = new(2026, 9, 1, 6, 0, 0, TimeSpan.Zero);
    private static readonly FiringWindow Window = new(TimeSpan.FromMinutes(1), TimeSpan.FromHours(2));

    [Theory]
    [InlineData(0, FiringVerdict.OnTime)]
    [InlineData(60, FiringVerdict.OnTime)]
    [InlineData(61, FiringVerdict.Late)]
    [InlineData(7200, FiringVerdict.Late)]
    [InlineData(7201, FiringVerdict.Missed)]
    public void Lateness_decides_between_on_time_late_and_missed(int secondsLate, FiringVerdict expected) =>
        Assert.Equal(expected, Window.Judge(Planned, Planned.AddSeconds(secondsLate)));

    [Fact]
    public void A_firing_a_little_early_counts_as_on_time() =>
        Assert.Equal(FiringVerdict.OnTime, Window.Judge(Planned, Planned.AddMilliseconds(-5)));

    [Fact]
    public void Only_a_post_past_the_grace_period_is_too_late_to_schedule()
    {
        Assert.False(Window.IsTooLateToSchedule(Planned, Planned.AddHours(2)));
        Assert.True(Window.IsTooLateToSchedule(Planned, Planned.AddHours(2).AddSeconds(1)));
    }
}
