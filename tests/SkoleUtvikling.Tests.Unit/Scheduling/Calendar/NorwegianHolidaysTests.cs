using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Calendar;

public class NorwegianHolidaysTests
{
    [Theory]
    [InlineData(2008, 3, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2020, 4, 12)]
    [InlineData(2021, 4, 4)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter_Sunday_falls_on_the_known_date(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), NorwegianHolidays.EasterSunday(year));
    }

    [Fact]
    public void The_holidays_of_2021_are_the_twelve_Norwegian_ones_with_their_names()
    {
        Assert.Equal(
            [
                "2021-01-01 nyttårsdag",
                "2021-04-01 skjærtorsdag",
                "2021-04-02 langfredag",
                "2021-04-04 1. påskedag",
                "2021-04-05 2. påskedag",
                "2021-05-01 1. mai",
                "2021-05-13 Kristi himmelfartsdag",
                "2021-05-17 17. mai",
                "2021-05-23 1. pinsedag",
                "2021-05-24 2. pinsedag",
                "2021-12-25 1. juledag",
                "2021-12-26 2. juledag",
            ],
            NorwegianHolidays.For(2021).Select(h => $"{h.Date:yyyy-MM-dd} {h.Name}"));
    }

    [Fact]
    public void Moving_holidays_of_2020_follow_Easter_on_12_April()
    {
        var names = NorwegianHolidays.For(2020).ToDictionary(h => h.Name, h => h.Date);

        Assert.Equal(new DateOnly(2020, 4, 9), names["skjærtorsdag"]);
        Assert.Equal(new DateOnly(2020, 4, 13), names["2. påskedag"]);
        Assert.Equal(new DateOnly(2020, 5, 21), names["Kristi himmelfartsdag"]);
        Assert.Equal(new DateOnly(2020, 6, 1), names["2. pinsedag"]);
    }

    [Fact]
    public void Kristi_himmelfart_on_17_mai_keeps_both_holidays()
    {
        var holidays = NorwegianHolidays.For(2012).Where(h => h.Date == new DateOnly(2012, 5, 17)).Select(h => h.Name);

        Assert.Equal(["17. mai", "Kristi himmelfartsdag"], holidays.Order(StringComparer.Ordinal));
        Assert.True(NorwegianHolidays.IsPublicHoliday(new DateOnly(2008, 5, 1)));
    }

    [Theory]
    [InlineData(2021, 4, 6)]
    [InlineData(2021, 5, 14)]
    [InlineData(2021, 12, 24)]
    [InlineData(2021, 12, 31)]
    public void An_ordinary_day_is_not_a_public_holiday(int year, int month, int day)
    {
        Assert.Null(NorwegianHolidays.On(new DateOnly(year, month, day)));
    }
}
