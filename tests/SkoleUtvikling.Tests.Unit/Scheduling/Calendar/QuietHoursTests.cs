using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Calendar;

public class QuietHoursTests
{
    private static readonly QuietHours Night = QuietHours.Default; // 21.00–07.00

    [Theory]
    [InlineData(20, 59, false)]
    [InlineData(21, 0, true)]
    [InlineData(23, 59, true)]
    [InlineData(0, 0, true)]
    [InlineData(6, 59, true)]
    [InlineData(7, 0, false)]
    [InlineData(12, 0, false)]
    public void Quiet_hours_wrap_midnight(int hour, int minute, bool quiet)
    {
        Assert.Equal(quiet, Night.Contains(new TimeOnly(hour, minute)));
    }

    [Fact]
    public void A_window_inside_one_day_and_an_empty_window_work_too()
    {
        var lunch = new QuietHours(new TimeOnly(11, 30), new TimeOnly(12, 0));

        Assert.True(lunch.Contains(new TimeOnly(11, 45)));
        Assert.False(lunch.Contains(new TimeOnly(12, 0)));
        Assert.False(QuietHours.None.Contains(new TimeOnly(3, 0)));
    }

    [Fact]
    public void An_evening_instant_moves_to_seven_the_next_morning_across_the_march_clock_change()
    {
        // Saturday 27 March 2021 22.00 CET; the clocks go forward that night, so 07.00 next morning is CEST.
        var evening = new DateTimeOffset(2021, 3, 27, 21, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2021, 3, 28, 5, 0, 0, TimeSpan.Zero), Night.NextAllowed(evening));
    }

    [Fact]
    public void A_night_instant_moves_to_seven_the_same_morning_across_the_october_clock_change()
    {
        // Sunday 25 October 2020 01.30 CEST; the clocks go back at 03.00, so 07.00 is CET.
        var night = new DateTimeOffset(2020, 10, 24, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2020, 10, 25, 6, 0, 0, TimeSpan.Zero), Night.NextAllowed(night));
    }

    [Fact]
    public void An_instant_outside_quiet_hours_stays_where_it_is()
    {
        var noon = new DateTimeOffset(2021, 3, 29, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(noon, Night.NextAllowed(noon));
    }
}
