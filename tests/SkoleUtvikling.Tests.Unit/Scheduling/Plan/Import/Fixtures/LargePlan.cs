using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

/// <summary>A generated plan of any size, rows shaped like the 002 calendar's; for scale tests and the benchmark.</summary>
internal static class LargePlan
{
    /// <summary>Working days from August 2020 on, a month heading before each month, rows shaped like 002's.</summary>
    public static byte[] Build(int rows)
    {
        var builder = new PlanDocxBuilder().Header();
        var date = new DateOnly(2020, 8, 3);
        var month = 0;
        for (var i = 0; i < rows; date = date.AddDays(1))
        {
            if (!ReminderCalendar.Default.IsWorkingDay(date))
            {
                continue;
            }

            if (date.Month != month)
            {
                month = date.Month;
                builder.Heading($"{CalendarTexts.MonthName(month).ToUpperInvariant()} - {date.Year}");
            }

            var week = System.Globalization.ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));
            builder.Row(
                $"Uke {week}", $"{date.Day}.{CalendarTexts.MonthName(date.Month)}",
                ["Kl. 09.00-11.30", i % 2 == 0 ? "LP" : "IBSM – kjernenettverk", "Møterom: Rådhuset"],
                [$"Nettverksmøte {i}", "Arbeid med modul 2 om «Støttesystemer»", "Lesebestilling/oppgave:",
                 "Les kapittel 3 og noter to spørsmål til gruppen. <https://www.udir.no/kvalitet-og-kompetanse/>"],
                ["Barnehageledere", "Skoleledere", "PPT\nLedernettverkene"]);
            i++;
        }

        return builder.Build();
    }
}
