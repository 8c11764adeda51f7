using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Calendar;

public class SchoolHolidaysTests
{
    [Fact]
    public void Both_ends_of_a_school_holiday_are_included()
    {
        var holidays = new SchoolHolidays("Vestvågøy", [new SchoolHoliday(SchoolHolidayKind.AutumnBreak, new(2020, 10, 5), new(2020, 10, 9))]);

        Assert.False(holidays.Contains(new DateOnly(2020, 10, 4)));
        Assert.True(holidays.Contains(new DateOnly(2020, 10, 5)));
        Assert.True(holidays.Contains(new DateOnly(2020, 10, 9)));
        Assert.False(holidays.Contains(new DateOnly(2020, 10, 10)));
        Assert.Equal(SchoolHolidayKind.AutumnBreak, holidays.On(new DateOnly(2020, 10, 7))!.Kind);
    }

    [Fact]
    public void A_holiday_that_ends_before_it_starts_cannot_be_made()
    {
        Assert.Throws<ArgumentException>(() => new SchoolHoliday(SchoolHolidayKind.WinterBreak, new(2021, 3, 5), new(2021, 3, 1)));
    }

    [Fact]
    public void Settings_give_each_municipality_its_own_holidays()
    {
        var settings = new SchoolHolidaySettings();
        settings.Municipalities["Vestvågøy"] =
            [new SchoolHolidaySetting { Kind = SchoolHolidayKind.WinterBreak, First = new(2021, 3, 1), Last = new(2021, 3, 5) }];
        settings.Municipalities["Tromsø"] =
            [new SchoolHolidaySetting { Kind = SchoolHolidayKind.WinterBreak, First = new(2021, 2, 22), Last = new(2021, 2, 26) }];

        Assert.Empty(settings.Validate());
        Assert.True(settings.For("vestvågøy").Contains(new DateOnly(2021, 3, 3)));
        Assert.False(settings.For("Tromsø").Contains(new DateOnly(2021, 3, 3)));
        Assert.Empty(settings.For("Bodø").Periods);
    }

    [Fact]
    public void Every_bad_setting_is_reported_with_its_key()
    {
        var settings = new SchoolHolidaySettings();
        settings.Municipalities["Vestvågøy"] =
        [
            new SchoolHolidaySetting { Kind = SchoolHolidayKind.EasterBreak, First = new(2021, 4, 5), Last = new(2021, 3, 29) },
            new SchoolHolidaySetting { Kind = SchoolHolidayKind.SummerBreak, First = new(2021, 6, 21) },
            new SchoolHolidaySetting { Kind = (SchoolHolidayKind)42, First = new(2021, 1, 1), Last = new(2021, 12, 31) },
        ];

        Assert.Equal(
            [
                "Scheduling:SchoolHolidays:Vestvågøy:0:Last (2021-03-29) is before First (2021-04-05).",
                "Scheduling:SchoolHolidays:Vestvågøy:1 needs both First and Last (yyyy-MM-dd).",
                "Scheduling:SchoolHolidays:Vestvågøy:2:Kind has the unknown value 42.",
                "Scheduling:SchoolHolidays:Vestvågøy:2 is 365 days long; no school holiday lasts more than 100.",
            ],
            settings.Validate());
    }
}
