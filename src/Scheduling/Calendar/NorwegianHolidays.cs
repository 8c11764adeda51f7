using System.Collections.Concurrent;

namespace SkoleUtvikling.Scheduling.Calendar;

/// <summary>
/// Norway's public holidays, computed rather than configured: fixed dates plus the ones that move with
/// Easter (Gregorian computus). Sundays that are holidays (påske-/pinsedag) are listed for completeness.
/// </summary>
public static class NorwegianHolidays
{
    private static readonly ConcurrentDictionary<int, IReadOnlyList<PublicHoliday>> ByYear = new();

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The twelve holidays of a year, in date order.</summary>
    public static IReadOnlyList<PublicHoliday> For(int year) => ByYear.GetOrAdd(year, Compute);

    /// <summary>The holiday on this date, or null on an ordinary day.</summary>
    public static PublicHoliday? On(DateOnly date)
    {
        foreach (var holiday in For(date.Year))
        {
            if (holiday.Date == date)
            {
                return holiday;
            }
        }

        return null;
    }

    public static bool IsPublicHoliday(DateOnly date) => On(date) is not null;

    private static IReadOnlyList<PublicHoliday> Compute(int year)
    {
        var easter = EasterSunday(year);
        PublicHoliday[] holidays =
        [
            new(new DateOnly(year, 1, 1), CalendarTexts.NewYearsDay),
            new(easter.AddDays(-3), CalendarTexts.MaundyThursday),
            new(easter.AddDays(-2), CalendarTexts.GoodFriday),
            new(easter, CalendarTexts.EasterSunday),
            new(easter.AddDays(1), CalendarTexts.EasterMonday),
            new(new DateOnly(year, 5, 1), CalendarTexts.LabourDay),
            new(new DateOnly(year, 5, 17), CalendarTexts.ConstitutionDay),
            new(easter.AddDays(39), CalendarTexts.AscensionDay),
            new(easter.AddDays(49), CalendarTexts.WhitSunday),
            new(easter.AddDays(50), CalendarTexts.WhitMonday),
            new(new DateOnly(year, 12, 25), CalendarTexts.ChristmasDay),
            new(new DateOnly(year, 12, 26), CalendarTexts.BoxingDay),
        ];

        // Ascension can fall on 1 May (2008) or 17 May (2012): both entries stay, On() names the first.
        return [.. holidays.OrderBy(h => h.Date)];
    }
}
