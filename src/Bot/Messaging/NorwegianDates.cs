using System.Globalization;
using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Messaging;

/// <summary>Dates and times as people read them: Norwegian (bokmål), in Europe/Oslo.</summary>
public static class NorwegianDates
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>"torsdag 14.05.2021 kl. 13.00–15.00", "05.10.2020–27.11.2020".</summary>
    public static string When(PlanEvent e)
    {
        var day = e.FirstDate == e.LastDate
            ? $"{Norwegian.DateTimeFormat.GetDayName(e.FirstDate.DayOfWeek)} {Date(e.FirstDate)}"
            : $"{Date(e.FirstDate)}–{Date(e.LastDate)}";
        return e.StartTime is { } start
            ? $"{day} kl. {Time(start)}{(e.EndTime is { } end ? "–" + Time(end) : "")}"
            : day;
    }

    /// <summary>"mandag 03.05.2021 kl. 08.00": an instant in Oslo, for receipts and notices.</summary>
    public static string Instant(DateTimeOffset instant) =>
        $"{Norwegian.DateTimeFormat.GetDayName(OsloTime.ToOslo(instant).DayOfWeek)} {OsloTime.Format(instant)}";

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Time(TimeOnly time) => time.ToString("HH.mm", CultureInfo.InvariantCulture);
}
