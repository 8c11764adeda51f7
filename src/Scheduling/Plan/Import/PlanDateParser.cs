using System.Globalization;
using System.Text.RegularExpressions;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Reads the week and date cells: "Uke 20" + "14.mai", "Uke 42 - 48" + "05.10 – 27.11.20",
/// "Uke 38" + "16. og 17. september", "Uke 8 - 25" + "Etter fagdag 4 ..." (weeks only: Monday to Friday).
/// A date cell that looks like a date (a number followed by a full stop) but cannot be read is an error.
/// </summary>
internal static partial class PlanDateParser
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["januar"] = 1, ["jan"] = 1, ["februar"] = 2, ["feb"] = 2, ["mars"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["mai"] = 5, ["juni"] = 6, ["jun"] = 6, ["juli"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["oktober"] = 10, ["okt"] = 10,
        ["november"] = 11, ["nov"] = 11, ["desember"] = 12, ["des"] = 12,
    };

    /// <summary>
    /// Null with no error when the row has neither week nor date. With <paramref name="sameCell"/> the week
    /// and the date share one cell ("Uke 20 14.mai") and <paramref name="dateText"/> is ignored.
    /// </summary>
    public static PlanDates? Parse(string weekText, string dateText, bool sameCell, YearContext? years, out string? error)
    {
        error = null;
        WeekRange? weeks = null;
        var week = (sameCell ? WeekPrefix() : WeekCell()).Match(weekText);
        if (week.Success)
        {
            weeks = ReadWeeks(week, out error);
            if (error is not null)
            {
                return null;
            }
        }
        else if (weekText.Length > 0 && !sameCell)
        {
            error = PlanImportTexts.UnreadableWeek(weekText);
            return null;
        }

        if (sameCell)
        {
            dateText = week.Success ? weekText[week.Length..] : weekText;
        }

        dateText = Weekday().Replace(PlanText.Collapse(dateText), string.Empty);
        if (!LooksLikeDate().IsMatch(dateText))
        {
            return weeks is null ? null : FromWeeks(weeks, dateText, years, weekText, out error);
        }

        return ReadDates(dateText, weeks, years, out error);
    }

    /// <summary>The weeks of the week cell alone, as Monday of the first to Friday of the last; null when there are none.</summary>
    public static PlanDates? WeeksOnly(string weekText, bool sameCell, YearContext? years)
    {
        var week = (sameCell ? WeekPrefix() : WeekCell()).Match(weekText);
        if (!week.Success || ReadWeeks(week, out _) is not { } weeks)
        {
            return null;
        }

        return FromWeeks(weeks, string.Empty, years, weekText, out _);
    }

    /// <summary>
    /// A date at the start of a line of the time/programme cell ("14.mai", "20. mai", "16. og 17. september",
    /// "05.10 – 27.11.20"), as plans write it when the week cell has only the week. False when the line does not
    /// start with a date (a time such as "9.00-10.30" is not one); true with an error when it does but cannot be
    /// read. <paramref name="rest"/> is what follows the date on the line.
    /// </summary>
    public static bool TryDateLine(string line, YearContext? years, out PlanDates? dates, out string? error, out string rest)
    {
        dates = null;
        error = null;
        rest = string.Empty;
        var text = Weekday().Replace(PlanText.Collapse(line), string.Empty);
        var named = NamedDateLine().Match(text);
        if (named.Success && Months.ContainsKey(named.Groups["month"].Value.ToLowerInvariant()))
        {
            rest = named.Groups["rest"].Value.Trim(' ', ':', ',', '-', '–');
            dates = ReadDates(named.Groups["date"].Value, null, years, out error);
            return true;
        }

        var numeric = NumericDateLine().Match(text);
        if (!numeric.Success || (!numeric.Groups["year"].Success && IsTimeRange(numeric.Groups["date"].Value)))
        {
            return false;
        }

        dates = ReadDates(numeric.Groups["date"].Value, null, years, out error);
        if (dates is null)
        {
            return false;
        }

        rest = numeric.Groups["rest"].Value.Trim(' ', ':', ',', '-', '–');
        return true;
    }

    private static PlanDates? ReadDates(string dateText, WeekRange? weeks, YearContext? years, out string? error)
    {
        error = null;
        var note = Parenthesis().Match(dateText) is { Success: true } p ? p.Value.Trim('(', ')') : null;
        var normalized = Parenthesis().Replace(dateText, " ").ToLowerInvariant()
            .Replace('–', '-').Replace('—', '-').Trim().TrimEnd('.').Trim();
        var parts = RangeSeparator().Split(normalized);
        if (parts.Length is < 1 or > 2)
        {
            error = PlanImportTexts.UnreadableDate(dateText);
            return null;
        }

        var last = ReadTerm(parts[^1]);
        var first = parts.Length == 2 ? ReadTerm(parts[0]) ?? ReadBareDay(parts[0], last) : last;
        if (first is null || last is null)
        {
            error = PlanImportTexts.UnreadableDate(dateText);
            return null;
        }

        var lastYear = last.Year ?? years?.YearFor(last.Month);
        var firstYear = first.Year
            ?? (parts.Length == 2 && last.Year is { } y ? (first.Month > last.Month ? y - 1 : y) : years?.YearFor(first.Month));
        if (firstYear is null || lastYear is null)
        {
            error = PlanImportTexts.UnknownYear(dateText);
            return null;
        }

        if (!TryDate(firstYear.Value, first, out var firstDate) || !TryDate(lastYear.Value, last, out var lastDate))
        {
            error = PlanImportTexts.InvalidDate(dateText);
            return null;
        }

        if (lastDate < firstDate)
        {
            error = PlanImportTexts.DatesReversed(firstDate, lastDate);
            return null;
        }

        return new PlanDates(firstDate, lastDate, weeks, note);
    }

    /// <summary>"09.00-10.30": a valid time range, so not read as the dates 9 January to 10 ... (month 30).</summary>
    private static bool IsTimeRange(string text)
    {
        var match = TimeRangeText().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var h1 = Int(match.Groups["sh"].Value);
        var h2 = Int(match.Groups["eh"].Value);
        var m1 = Int(match.Groups["sm"].Value);
        var m2 = Int(match.Groups["em"].Value);
        return h1 <= 23 && h2 <= 23 && m1 <= 59 && m2 <= 59 && (h2 * 60) + m2 > (h1 * 60) + m1;
    }

    private static WeekRange? ReadWeeks(Match week, out string? error)
    {
        error = null;
        var first = int.Parse(week.Groups["first"].Value, CultureInfo.InvariantCulture);
        var last = week.Groups["last"].Success ? int.Parse(week.Groups["last"].Value, CultureInfo.InvariantCulture) : first;
        if (first is < 1 or > 53 || last is < 1 or > 53)
        {
            error = PlanImportTexts.UnreadableWeek(week.Value.Trim());
            return null;
        }

        return new WeekRange(first, last);
    }

    private static PlanDates? FromWeeks(WeekRange weeks, string note, YearContext? years, string weekText, out string? error)
    {
        error = null;
        if (years is null)
        {
            error = PlanImportTexts.UnknownYear(weekText);
            return null;
        }

        // A school-year heading: weeks from August on belong to the first year.
        var firstYear = years.Second is { } second && weeks.First < 32 ? second : years.First;
        var lastYear = weeks.Last < weeks.First ? firstYear + 1 : firstYear;
        if (weeks.First > ISOWeek.GetWeeksInYear(firstYear) || weeks.Last > ISOWeek.GetWeeksInYear(lastYear))
        {
            error = PlanImportTexts.UnreadableWeek(weekText);
            return null;
        }

        var first = DateOnly.FromDateTime(ISOWeek.ToDateTime(firstYear, weeks.First, DayOfWeek.Monday));
        var last = DateOnly.FromDateTime(ISOWeek.ToDateTime(lastYear, weeks.Last, DayOfWeek.Friday));
        return new PlanDates(first, last, weeks, note.Length == 0 ? null : note, WeeksOnly: true);
    }

    private static DateTerm? ReadTerm(string text)
    {
        var named = NamedDate().Match(text);
        if (named.Success)
        {
            return Months.TryGetValue(named.Groups["month"].Value, out var month)
                ? new DateTerm(Int(named.Groups["day"].Value), month, Year(named.Groups["year"]))
                : null;
        }

        var numeric = NumericDate().Match(text);
        return numeric.Success
            ? new DateTerm(Int(numeric.Groups["day"].Value), Int(numeric.Groups["month"].Value), Year(numeric.Groups["year"]))
            : null;
    }

    /// <summary>"16" in "16. og 17. september" takes its month and year from the second date.</summary>
    private static DateTerm? ReadBareDay(string text, DateTerm? last) =>
        last is not null && BareDay().Match(text) is { Success: true } day
            ? last with { Day = Int(day.Groups["day"].Value) }
            : null;

    private static bool TryDate(int year, DateTerm term, out DateOnly date)
    {
        date = default;
        if (term.Month is < 1 or > 12 || term.Day < 1 || term.Day > DateTime.DaysInMonth(year, term.Month))
        {
            return false;
        }

        date = new DateOnly(year, term.Month, term.Day);
        return true;
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static int? Year(Group group)
    {
        if (!group.Success)
        {
            return null;
        }

        var value = Int(group.Value);
        return group.Value.Length == 2 ? 2000 + value : value;
    }

    private sealed record DateTerm(int Day, int Month, int? Year);

    [GeneratedRegex(@"^\s*uke\s*(?<first>\d{1,2})(\s*[-–]\s*(?<last>\d{1,2}))?(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex WeekPrefix();

    /// <summary>A week column of its own may hold just the number.</summary>
    [GeneratedRegex(@"^\s*(uke\s*)?(?<first>\d{1,2})(\s*[-–]\s*(?<last>\d{1,2}))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WeekCell();

    [GeneratedRegex(@"\d{1,2}\s*\.")]
    private static partial Regex LooksLikeDate();

    /// <summary>"Torsdag 14. mai": the weekday is dropped, the date says it all.</summary>
    [GeneratedRegex(@"^(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|man|tir|tirs|ons|tor|tors|fre|lør|søn)\.?\s+(?=\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?<date>\d{1,2}\s*\.\s*((og|-|–|til)\s*\d{1,2}\s*\.\s*)?(?<month>[a-zæøåA-ZÆØÅ]+)\.?(\s+\d{4}(?!\d))?(\s*[-–]\s*\d{1,2}\s*\.\s*[a-zæøåA-ZÆØÅ]+\.?(\s+\d{4}(?!\d))?)?)(?<rest>.*)$")]
    private static partial Regex NamedDateLine();

    [GeneratedRegex(@"^(?<date>\d{1,2}\.\d{1,2}(\.(?<year>\d{4}|\d{2}))?(\s*[-–]\s*\d{1,2}\.\d{1,2}(\.(?<year>\d{4}|\d{2}))?)?)(?!\d)\.?(?<rest>(\s+\D.*)?)$")]
    private static partial Regex NumericDateLine();

    [GeneratedRegex(@"^(?<sh>\d{1,2})\.(?<sm>\d{2})\s*[-–]\s*(?<eh>\d{1,2})\.(?<em>\d{2})$")]
    private static partial Regex TimeRangeText();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"\s*(?:-|\btil\b|\bog\b)\s*")]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"^(?<day>\d{1,2})\s*\.\s*(?<month>[a-zæøå]+)\.?(\s+(?<year>\d{4}))?$")]
    private static partial Regex NamedDate();

    [GeneratedRegex(@"^(?<day>\d{1,2})\.(?<month>\d{1,2})(\.(?<year>\d{4}|\d{2}))?$")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(?<day>\d{1,2})\.?$")]
    private static partial Regex BareDay();
}
