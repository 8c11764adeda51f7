namespace SkoleUtvikling.Scheduling.Calendar;

/// <summary>
/// The one place that decides when something may be posted: working days (no weekend, public holiday or
/// school holiday), quiet hours, and wall-clock times in Europe/Oslo turned into UTC instants across DST.
/// A post that would land on a day off moves to the previous working day, so it is never late.
/// </summary>
public sealed class ReminderCalendar
{
    // A whole summer break plus weekends is about 60 days; more than this means the configuration is wrong.
    private const int MaxDaysToSearch = 400;

    public ReminderCalendar(SchoolHolidays schoolHolidays, QuietHours quietHours)
    {
        ArgumentNullException.ThrowIfNull(schoolHolidays);
        ArgumentNullException.ThrowIfNull(quietHours);
        SchoolHolidays = schoolHolidays;
        QuietHours = quietHours;
    }

    /// <summary>Weekends and public holidays only, default quiet hours.</summary>
    public static ReminderCalendar Default { get; } = new(SchoolHolidays.None, QuietHours.Default);

    public SchoolHolidays SchoolHolidays { get; }

    public QuietHours QuietHours { get; }

    public bool IsWorkingDay(DateOnly date) => WhyNotWorkingDay(date) is null;

    /// <summary>Null on a working day; otherwise the bokmål reason ("lørdag", "17. mai", "påskeferie").</summary>
    public string? WhyNotWorkingDay(DateOnly date)
    {
        if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return CalendarTexts.WeekdayName(date.DayOfWeek);
        }

        if (NorwegianHolidays.On(date) is { } holiday)
        {
            return holiday.Name;
        }

        return SchoolHolidays.On(date) is { } schoolHoliday
            ? CalendarTexts.SchoolHolidayName(schoolHoliday.Kind)
            : null;
    }

    /// <summary>The date itself if it is a working day, else the closest working day before it.</summary>
    public DateOnly WorkingDayOnOrBefore(DateOnly date) => Search(date, -1);

    /// <summary>The date itself if it is a working day, else the closest working day after it.</summary>
    public DateOnly WorkingDayOnOrAfter(DateOnly date) => Search(date, 1);

    /// <summary>"The working day before" a meeting: Friday for a Monday meeting, Wednesday before Kristi himmelfart.</summary>
    public DateOnly WorkingDayBefore(DateOnly date) => WorkingDayOnOrBefore(date.AddDays(-1));

    /// <summary>A wall-clock time in Oslo on a date, as an instant (UTC offset zero). In the spring gap the clock moves forward.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time) =>
        OsloTime.FromOslo(date.ToDateTime(time)).ToUniversalTime();

    /// <summary>"7 days before at 08.00": counted in calendar days, then moved back to a working day.</summary>
    public DateTimeOffset DaysBefore(DateOnly date, int days, TimeOnly time)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return At(WorkingDayOnOrBefore(date.AddDays(-days)), time);
    }

    /// <summary>The working day before a date, at a wall-clock time.</summary>
    public DateTimeOffset WorkingDayBefore(DateOnly date, TimeOnly time) => At(WorkingDayBefore(date), time);

    /// <summary>
    /// The first moment at or after an instant when posting is allowed: on a working day and outside quiet
    /// hours. Used for late posts (their planned time has passed), so it moves forward, never back.
    /// </summary>
    public DateTimeOffset NextAllowed(DateTimeOffset instant)
    {
        var candidate = QuietHours.NextAllowed(instant);
        var date = DateOnly.FromDateTime(OsloTime.ToOslo(candidate).DateTime);
        if (IsWorkingDay(date))
        {
            return candidate.ToUniversalTime();
        }

        // Next working day, from the start of the day (or the end of the morning quiet hours).
        var next = WorkingDayOnOrAfter(date);
        return QuietHours.NextAllowed(At(next, TimeOnly.MinValue));
    }

    private DateOnly Search(DateOnly date, int step)
    {
        for (var i = 0; i < MaxDaysToSearch; i++)
        {
            var candidate = date.AddDays(i * step);
            if (IsWorkingDay(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"No working day within {MaxDaysToSearch} days of {date:yyyy-MM-dd}; check the school holidays of {SchoolHolidays.Municipality}.");
    }
}
