namespace SkoleUtvikling.Scheduling.Calendar;

/// <summary>Norwegian (bokmål) names for days, months, holidays and school holidays; one place so nynorsk can follow.</summary>
public static class CalendarTexts
{
    private static readonly string[] MonthNames =
    [
        "januar", "februar", "mars", "april", "mai", "juni",
        "juli", "august", "september", "oktober", "november", "desember",
    ];

    private static readonly string[] WeekdayNames =
    [
        "søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag",
    ];

    public const string NewYearsDay = "nyttårsdag";
    public const string MaundyThursday = "skjærtorsdag";
    public const string GoodFriday = "langfredag";
    public const string EasterSunday = "1. påskedag";
    public const string EasterMonday = "2. påskedag";
    public const string LabourDay = "1. mai";
    public const string ConstitutionDay = "17. mai";
    public const string AscensionDay = "Kristi himmelfartsdag";
    public const string WhitSunday = "1. pinsedag";
    public const string WhitMonday = "2. pinsedag";
    public const string ChristmasDay = "1. juledag";
    public const string BoxingDay = "2. juledag";

    /// <summary>"mars" for 3.</summary>
    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>"lørdag".</summary>
    public static string WeekdayName(DayOfWeek day) => WeekdayNames[(int)day];

    /// <summary>"3. mars 2021": how a date is written in a Norwegian sentence.</summary>
    public static string Date(DateOnly date) => $"{date.Day}. {MonthName(date.Month)} {date.Year}";

    public static string SchoolHolidayName(SchoolHolidayKind kind) => kind switch
    {
        SchoolHolidayKind.AutumnBreak => "høstferie",
        SchoolHolidayKind.ChristmasBreak => "juleferie",
        SchoolHolidayKind.WinterBreak => "vinterferie",
        SchoolHolidayKind.EasterBreak => "påskeferie",
        SchoolHolidayKind.SummerBreak => "sommerferie",
        _ => "fridag",
    };
}
