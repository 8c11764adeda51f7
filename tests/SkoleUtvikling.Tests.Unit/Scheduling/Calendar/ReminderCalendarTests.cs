using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Calendar;

public class ReminderCalendarTests
{
    private static readonly TimeOnly Eight = new(8, 0);

    /// <summary>An example set for Vestvågøy 2020–2021 (test data, not the municipality's official dates).</summary>
    private static readonly SchoolHolidays Vestvagoy = new("Vestvågøy",
    [
        new SchoolHoliday(SchoolHolidayKind.AutumnBreak, new(2020, 10, 5), new(2020, 10, 9)),
        new SchoolHoliday(SchoolHolidayKind.ChristmasBreak, new(2020, 12, 21), new(2021, 1, 1)),
        new SchoolHoliday(SchoolHolidayKind.WinterBreak, new(2021, 3, 1), new(2021, 3, 5)),
        new SchoolHoliday(SchoolHolidayKind.EasterBreak, new(2021, 3, 29), new(2021, 4, 5)),
        new SchoolHoliday(SchoolHolidayKind.SummerBreak, new(2021, 6, 21), new(2021, 8, 17)),
    ]);

    private static readonly ReminderCalendar Plain = ReminderCalendar.Default;
    private static readonly ReminderCalendar WithSchoolHolidays = new(Vestvagoy, QuietHours.Default);

    [Fact]
    public void A_post_due_on_a_Saturday_moves_back_to_Friday()
    {
        Assert.Equal(new DateOnly(2020, 8, 14), Plain.WorkingDayOnOrBefore(new DateOnly(2020, 8, 15)));
    }

    [Fact]
    public void A_post_due_on_17_mai_moves_back_past_the_weekend_to_Friday()
    {
        Assert.Equal(new DateOnly(2021, 5, 14), Plain.WorkingDayOnOrBefore(new DateOnly(2021, 5, 17)));
    }

    [Fact]
    public void The_working_day_before_the_Friday_after_Kristi_himmelfart_is_Wednesday()
    {
        Assert.Equal(new DateOnly(2021, 5, 12), Plain.WorkingDayBefore(new DateOnly(2021, 5, 14)));
    }

    [Fact]
    public void The_working_day_before_the_Tuesday_after_Easter_is_before_skjaertorsdag()
    {
        Assert.Equal(new DateOnly(2021, 3, 31), Plain.WorkingDayBefore(new DateOnly(2021, 4, 6)));
    }

    [Fact]
    public void With_påskeferie_the_working_day_before_Easter_Tuesday_is_the_Friday_before_the_break()
    {
        Assert.Equal(new DateOnly(2021, 3, 26), WithSchoolHolidays.WorkingDayBefore(new DateOnly(2021, 4, 6)));
    }

    [Fact]
    public void A_post_due_in_høstferie_moves_to_the_Friday_before_it()
    {
        Assert.Equal(new DateOnly(2020, 10, 2), WithSchoolHolidays.WorkingDayOnOrBefore(new DateOnly(2020, 10, 7)));
        Assert.Equal("høstferie", WithSchoolHolidays.WhyNotWorkingDay(new DateOnly(2020, 10, 7)));
        Assert.Equal("lørdag", WithSchoolHolidays.WhyNotWorkingDay(new DateOnly(2020, 10, 3)));
        Assert.Equal("17. mai", WithSchoolHolidays.WhyNotWorkingDay(new DateOnly(2021, 5, 17)));
        Assert.Null(WithSchoolHolidays.WhyNotWorkingDay(new DateOnly(2020, 10, 12)));
    }

    [Fact]
    public void Seven_days_before_at_eight_is_in_Oslo_time_on_both_sides_of_the_march_clock_change()
    {
        // Meeting Tuesday 30 March 2021; the clocks went forward on Sunday 28 March.
        var meeting = new DateOnly(2021, 3, 30);

        Assert.Equal(new DateTimeOffset(2021, 3, 23, 7, 0, 0, TimeSpan.Zero), Plain.DaysBefore(meeting, 7, Eight));
        Assert.Equal(new DateTimeOffset(2021, 3, 29, 6, 0, 0, TimeSpan.Zero), Plain.WorkingDayBefore(meeting, Eight));
    }

    [Fact]
    public void The_working_day_before_at_eight_is_in_Oslo_time_on_both_sides_of_the_october_clock_change()
    {
        // The clocks went back on Sunday 25 October 2020.
        Assert.Equal(new DateTimeOffset(2020, 10, 23, 6, 0, 0, TimeSpan.Zero), Plain.WorkingDayBefore(new DateOnly(2020, 10, 26), Eight));
        Assert.Equal(new DateTimeOffset(2020, 10, 26, 7, 0, 0, TimeSpan.Zero), Plain.WorkingDayBefore(new DateOnly(2020, 10, 27), Eight));
        Assert.Equal(new DateTimeOffset(2020, 10, 26, 7, 0, 0, TimeSpan.Zero), Plain.DaysBefore(new DateOnly(2020, 11, 2), 7, Eight));
    }

    [Fact]
    public void A_wall_clock_time_in_the_spring_gap_moves_forward_an_hour()
    {
        Assert.Equal(new DateTimeOffset(2021, 3, 28, 1, 30, 0, TimeSpan.Zero), ReminderCalendar.At(new DateOnly(2021, 3, 28), new TimeOnly(2, 30)));
    }

    [Fact]
    public void The_next_allowed_moment_after_Friday_evening_is_Monday_at_seven()
    {
        var fridayEvening = new DateTimeOffset(2021, 3, 26, 21, 0, 0, TimeSpan.Zero); // 22.00 CET

        Assert.Equal(new DateTimeOffset(2021, 3, 29, 5, 0, 0, TimeSpan.Zero), Plain.NextAllowed(fridayEvening));
    }

    [Fact]
    public void The_next_allowed_moment_in_juleferie_is_the_first_school_day()
    {
        var christmasEve = new DateTimeOffset(2020, 12, 24, 11, 0, 0, TimeSpan.Zero);

        // 1 January is a holiday too, 2–3 January a weekend: Monday 4 January 07.00 CET.
        Assert.Equal(new DateTimeOffset(2021, 1, 4, 6, 0, 0, TimeSpan.Zero), WithSchoolHolidays.NextAllowed(christmasEve));
    }

    [Fact]
    public void A_school_holiday_covering_more_than_a_year_is_reported_naming_the_municipality()
    {
        var broken = new ReminderCalendar(
            new SchoolHolidays("Feilkommune", [new SchoolHoliday(SchoolHolidayKind.Other, new(2020, 1, 1), new(2022, 1, 1))]),
            QuietHours.Default);

        var error = Assert.Throws<InvalidOperationException>(() => broken.WorkingDayOnOrBefore(new DateOnly(2021, 6, 1)));
        Assert.Contains("Feilkommune", error.Message, StringComparison.Ordinal);
    }
}
