using System.Globalization;
using System.Text.RegularExpressions;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// The "TID/FAGOMRÅDE/PROGRAM" column: time ranges ("Kl. 13.00-15.00", "08.30-11.30: Om støttesystemer";
/// the event runs from the earliest start to the latest end), the room ("Møterom: Teams", "Sted: ..."),
/// programme tags, the network groups' booking window, and free text lines that can serve as a title.
/// A time that cannot be read ("25.00-26.00", "15.00-13.00") is not fatal: its line is listed in
/// <see cref="Unreadable"/> for the row to decide. A line that is a date ("05.10 – 27.11.20") is listed in
/// <see cref="DateLines"/>, not read as a time. Neither is a title.
/// </summary>
internal sealed partial record ScheduleCell(
    TimeOnly? Start,
    TimeOnly? End,
    string? Room,
    IReadOnlySet<Programme> Tags,
    IReadOnlyList<string> FreeLines,
    string? Details,
    int? WindowDays,
    string? ReportTo,
    IReadOnlyList<string> Unreadable,
    IReadOnlyList<string> DateLines)
{
    private static readonly (Programme Programme, Regex Pattern)[] TagPatterns =
    [
        (Programme.Kulg, Kulg()),
        (Programme.Ibsm, Ibsm()),
        (Programme.Lp, Lp()),
        (Programme.Lederutvikling, Lederutvikling()),
        (Programme.Prosjektmote, Prosjektmote()),
    ];

    public static ScheduleCell Parse(CellText cell)
    {
        TimeOnly? start = null;
        TimeOnly? end = null;
        string? room = null;
        string? reportTo = null;
        var tags = new HashSet<Programme>();
        var freeLines = new List<string>();
        var details = new List<string>();
        var unreadable = new List<string>();
        var dateLines = new List<string>();
        foreach (var line in cell.Lines.Select(l => l.Text))
        {
            if (RoomLine().Match(line) is { Success: true } roomMatch)
            {
                var value = roomMatch.Groups["room"].Value.Trim();
                room = value.Length > 0 ? value : room;
                continue;
            }

            details.Add(line);
            if (PlanDateParser.TryDateLine(line, null, out _, out _, out _))
            {
                dateLines.Add(line);
                continue;
            }

            var lineUnreadable = false;
            foreach (Match time in TimeRange().Matches(line))
            {
                if (!TryTime(time.Groups["sh"].Value, time.Groups["sm"].Value, out var s)
                    || !TryTime(time.Groups["eh"].Value, time.Groups["em"].Value, out var e)
                    || e <= s)
                {
                    lineUnreadable = true;
                    continue;
                }

                start = start is null || s < start ? s : start;
                end = end is null || e > end ? e : end;
            }

            // "Kl. 13.00" alone: a start without an end.
            if (start is null && LoneStart().Match(line) is { Success: true } lone)
            {
                if (TryTime(lone.Groups["h"].Value, lone.Groups["m"].Value, out var s))
                {
                    start = s;
                }
                else
                {
                    lineUnreadable = true;
                }
            }

            foreach (var (programme, pattern) in TagPatterns)
            {
                if (pattern.IsMatch(line))
                {
                    tags.Add(programme);
                }
            }

            if (lineUnreadable)
            {
                unreadable.Add(line);
                continue;
            }

            if (ReportToLine().Match(line) is { Success: true } report)
            {
                reportTo = report.Groups["who"].Value.Trim();
            }

            var free = FreeText(line);
            if (free.Length > 0)
            {
                freeLines.Add(free);
            }
        }

        return new ScheduleCell(
            start, end, room, tags, freeLines, details.Count > 0 ? string.Join('\n', details) : null, PlanText.WindowDays(cell.Joined), reportTo, unreadable, dateLines);
    }

    /// <summary>A line without "Kl.", times and programme tags; empty when nothing else is left.</summary>
    private static string FreeText(string line)
    {
        var text = TimeRange().Replace(line, " ");
        text = KlPrefix().Replace(text, " ");
        var withoutTags = TagPatterns.Aggregate(text, (t, tag) => tag.Pattern.Replace(t, " "));
        if (PlanText.Collapse(withoutTags).Trim(':', '-', '–', '.', ' ').Length == 0)
        {
            return string.Empty;
        }

        return PlanText.Collapse(text).Trim(':', '-', '–', ' ');
    }

    private static bool TryTime(string hours, string minutes, out TimeOnly time)
    {
        time = default;
        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var m = int.Parse(minutes, CultureInfo.InvariantCulture);
        if (h > 23 || m > 59)
        {
            return false;
        }

        time = new TimeOnly(h, m);
        return true;
    }

    /// <summary>Not inside a date: "19.06.20" ends no time range.</summary>
    [GeneratedRegex(@"(?<!\d|\d\.)(?<sh>\d{1,2})[.:](?<sm>\d{2})\s*[-–]\s*(?<eh>\d{1,2})[.:](?<em>\d{2})(?!\d|\.\d)")]
    private static partial Regex TimeRange();

    [GeneratedRegex(@"\bkl\.?\s*(?<h>\d{1,2})[.:](?<m>\d{2})(?!\d|\s*[-–]\s*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex LoneStart();

    [GeneratedRegex(@"\bkl\.?", RegexOptions.IgnoreCase)]
    private static partial Regex KlPrefix();

    [GeneratedRegex(@"^(møterom|sted)\b\s*:?\s*[-–]?\s*(?<room>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoomLine();

    [GeneratedRegex(@"\bmeld fra til\s+(?<who>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportToLine();

    [GeneratedRegex(@"\bKULG\b", RegexOptions.IgnoreCase)]
    private static partial Regex Kulg();

    [GeneratedRegex(@"\bIBSM\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ibsm();

    [GeneratedRegex(@"\bLP\b")]
    private static partial Regex Lp();

    [GeneratedRegex(@"\bLederutvikling\b", RegexOptions.IgnoreCase)]
    private static partial Regex Lederutvikling();

    [GeneratedRegex(@"\bProsjektmøte\b", RegexOptions.IgnoreCase)]
    private static partial Regex Prosjektmote();
}
