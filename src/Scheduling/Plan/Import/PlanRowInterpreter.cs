using System.Globalization;
using System.Text.RegularExpressions;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Turns calendar rows into events, whatever file they came from. Headings (and a title above the table) set
/// the year; each row is read on its own. A row that cannot be read as written is a warning that says what
/// became of it (taken as its weeks, as a period, without a time, or skipped), never the end of the import:
/// only a file without a single readable row, or beyond the limits, is rejected. Warnings come out ordered by
/// what the coordinator must act on (<see cref="PlanWarningKind"/>), meetings before today summed up in one line.
/// </summary>
internal sealed partial class PlanRowInterpreter
{
    private readonly string fileName;
    private readonly DateOnly today;
    private readonly PlanImportLimits limits;
    private readonly CancellationToken cancellationToken;
    private readonly List<PlanEvent> events = [];
    private readonly List<PlanImportWarning> warnings = [];
    private readonly List<PlanImportError> errors = [];
    private readonly Dictionary<string, (int Row, int Count)> keys = new(StringComparer.Ordinal);
    private YearContext? years;
    private DateOnly? lastDate;
    private int rows;
    private int passed;
    private string? overLimit;

    public PlanRowInterpreter(string fileName, TimeProvider timeProvider, PlanImportLimits? limits = null, CancellationToken cancellationToken = default)
    {
        this.fileName = fileName;
        this.limits = limits ?? PlanImportLimits.Default;
        this.cancellationToken = cancellationToken;
        today = DateOnly.FromDateTime(OsloTime.ToOslo(timeProvider.GetUtcNow()).DateTime);
    }

    /// <summary>A limit was reached; the reader stops feeding rows and the import is rejected.</summary>
    public bool IsFull => overLimit is not null;

    public void Heading(CellText text)
    {
        if (YearContext.FromHeading(text) is { } context)
        {
            years = context;
        }
    }

    /// <summary>A paragraph above the table: a title naming a term and year sets the year until a heading does.</summary>
    public void TitleAbove(string line)
    {
        if (YearContext.FromTitle(line) is { } context)
        {
            years = context;
        }
    }

    public void Warn(int? row, string message, PlanWarningKind kind = PlanWarningKind.Other) =>
        warnings.Add(new PlanImportWarning(row, message, kind));

    public void Fail(int? row, string reason) => errors.Add(new PlanImportError(fileName, row, reason));

    /// <summary>Rejects the whole file (a limit of <see cref="PlanImportLimits"/>); no further rows are read.</summary>
    public void Refuse(string reason) => overLimit ??= reason;

    public void Row(CalendarRow row)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (row.IsEmpty || IsFull)
        {
            return;
        }

        if (++rows > limits.MaxRows)
        {
            Refuse(PlanImportTexts.TooManyRows(limits.MaxRows));
            return;
        }

        var topic = TopicCell.Parse(row.Topic);
        var scheduleText = row.Schedule;
        var dates = ReadDates(row, topic, ref scheduleText, out var skipped);
        if (skipped)
        {
            return;
        }

        var schedule = ScheduleCell.Parse(scheduleText);
        dates = ReadUnreadableTimes(row.Number, dates, ref schedule);
        if (dates is null)
        {
            if (row.HasContentBesideWeek)
            {
                Warn(row.Number, PlanImportTexts.NoDate, PlanWarningKind.SkippedRow);
            }

            return;
        }

        var title = topic.Title ?? (schedule.FreeLines.Count > 0 ? schedule.FreeLines[0] : null);
        if (title is null)
        {
            // A bare "Uke 25" is a placeholder week in the plan; a dated row without a title is a mistake.
            if (!dates.WeeksOnly || dates.Note is not null || row.HasContentBesideWeek)
            {
                Warn(row.Number, PlanImportTexts.NoTitle, PlanWarningKind.SkippedRow);
            }

            return;
        }

        if (events.Count >= limits.MaxEvents)
        {
            Refuse(PlanImportTexts.TooManyEvents(limits.MaxEvents));
            return;
        }

        var programme = DecideProgramme(row, schedule, title);
        var planEvent = Build(row, dates, schedule, topic, title, programme);
        CheckDates(row.Number, dates);
        if (programme == Programme.Other)
        {
            Warn(row.Number, PlanImportTexts.NoProgramme(title), PlanWarningKind.UnknownProgramme);
        }

        events.Add(planEvent with { Key = UniqueKey(row.Number, planEvent.Key) });
        lastDate = dates.Last;
    }

    public PlanImportResult Finish()
    {
        if (errors.Count > 0)
        {
            return PlanImportResult.Rejected(errors);
        }

        if (overLimit is not null)
        {
            return PlanImportResult.Rejected(new PlanImportError(fileName, null, overLimit));
        }

        var ordered = warnings.OrderBy(w => w.Kind).ThenBy(w => w.Row ?? 0).ToList();
        if (events.Count == 0)
        {
            // Nothing readable: say why for every row that was tried, so one round of fixes is enough.
            return PlanImportResult.Rejected(
                [new PlanImportError(fileName, null, PlanImportTexts.EmptyPlan), .. ordered.Select(w => new PlanImportError(fileName, w.Row, w.Message))]);
        }

        if (passed > 0)
        {
            ordered.Add(new PlanImportWarning(null, PlanImportTexts.History(passed), PlanWarningKind.History));
        }

        return PlanImportResult.Accepted(events, ordered);
    }

    /// <summary>
    /// The row's dates: from the week and date cells, else from a date on the first line of the time/programme
    /// cell (which then loses that line). A date that cannot be read falls back to the row's weeks when it has
    /// a title, otherwise the row is skipped; either way with a warning.
    /// </summary>
    private PlanDates? ReadDates(CalendarRow row, TopicCell topic, ref CellText scheduleText, out bool skipped)
    {
        skipped = false;
        var sameCell = ReferenceEquals(row.Week, row.Date);
        var dates = PlanDateParser.Parse(row.Week.Joined, row.Date.Joined, sameCell, years, out var problem);
        if (problem is null && (dates is null || (dates.WeeksOnly && dates.Note is null)) && !scheduleText.IsEmpty
            && PlanDateParser.TryDateLine(scheduleText.Lines[0].Text, years, out var fromSchedule, out var scheduleProblem, out var rest))
        {
            scheduleText = new CellText(rest.Length > 0 ? [scheduleText.Lines[0] with { Text = rest }, .. scheduleText.Lines.Skip(1)] : scheduleText.Lines.Skip(1));
            dates = fromSchedule is null ? null : fromSchedule with { Weeks = dates?.Weeks };
            problem = scheduleProblem;
        }

        if (problem is null)
        {
            return dates;
        }

        var hasTitle = topic.Title is not null || !scheduleText.IsEmpty;
        // Without a year heading (a sheet whose dates carry their year), the weeks belong to the year of the row above.
        var fallbackYears = years ?? (lastDate is { } above ? new YearContext(above.Year, null) : null);
        if (hasTitle && PlanDateParser.WeeksOnly(row.Week.Joined, sameCell, fallbackYears) is { Weeks: { } weeks } fallback)
        {
            Warn(row.Number, PlanImportTexts.Outcome(problem, PlanImportTexts.RowTakenAsWeeks(weeks)), PlanWarningKind.DateError);
            return fallback;
        }

        Warn(row.Number, PlanImportTexts.Outcome(problem, PlanImportTexts.RowSkipped), PlanWarningKind.DateError);
        skipped = true;
        return null;
    }

    /// <summary>
    /// Lines of the time/programme cell that hold no readable time: a date range there ("05.10 – 27.11.20") makes
    /// an undated or week-only row a period; a date line in a dated row is left as a detail; anything else leaves
    /// the row without a time.
    /// </summary>
    private PlanDates? ReadUnreadableTimes(int row, PlanDates? dates, ref ScheduleCell schedule)
    {
        foreach (var line in dates is null || dates.WeeksOnly ? schedule.DateLines : [])
        {
            if (PlanDateParser.TryDateLine(line, years, out var period, out _, out _) && period is not null)
            {
                dates = period with { Weeks = dates?.Weeks, Note = dates?.Note };
                var outcome = period.First == period.Last ? PlanImportTexts.RowTakenWithoutTime : PlanImportTexts.RowTakenAsPeriod;
                Warn(row, PlanImportTexts.Outcome(PlanImportTexts.UnreadableTime(line), outcome), PlanWarningKind.DateError);
                break;
            }
        }

        foreach (var line in schedule.Unreadable)
        {
            Warn(row, PlanImportTexts.Outcome(PlanImportTexts.UnreadableTime(line), PlanImportTexts.RowTakenWithoutTime), PlanWarningKind.DateError);
        }

        if (schedule.Unreadable.Count > 0)
        {
            schedule = schedule with { Start = null, End = null };
        }

        return dates;
    }

    private static Programme DecideProgramme(CalendarRow row, ScheduleCell schedule, string title) =>
        row.Programme.IsEmpty
            ? ProgrammeRule.Decide(schedule.Tags, title, schedule.FreeLines)
            : ProgrammeRule.FromName(row.Programme.Joined) ?? Programme.Other;

    private static PlanEvent Build(CalendarRow row, PlanDates dates, ScheduleCell schedule, TopicCell topic, string title, Programme programme)
    {
        var participants = new List<string>();
        string? responsible = null;
        foreach (var line in row.Participants.Lines)
        {
            if (ResponsibleLine().Match(line.Text) is { Success: true } match)
            {
                responsible = match.Groups["who"].Value.Trim();
            }
            else
            {
                participants.Add(line.Text);
            }
        }

        if (!row.Responsible.IsEmpty)
        {
            responsible = row.Responsible.Joined;
        }

        var details = string.Join('\n', new[] { dates.Note, schedule.Details }.Where(d => !string.IsNullOrEmpty(d)));
        var windowDays = row.WindowDays ?? schedule.WindowDays ?? PlanText.WindowDays(row.Topic.Joined);
        var room = row.Room.IsEmpty ? schedule.Room : row.Room.Joined;
        return new PlanEvent
        {
            Key = PlanEventKey.For(programme, dates.First, title),
            Programme = programme,
            Title = title,
            FirstDate = dates.First,
            LastDate = dates.Last,
            StartTime = schedule.Start,
            EndTime = schedule.End,
            Weeks = dates.Weeks,
            Room = room,
            Topic = WithNotes(topic.Topic, row.Notes),
            Details = details.Length > 0 ? details : null,
            Lesebestilling = topic.Lesebestilling ?? LesebestillingColumn(row.Lesebestilling),
            Participants = participants,
            Responsible = responsible,
            Window = windowDays is { } days
                ? new FlexibleWindow(dates.First, days, days, topic.MeetingLength, schedule.ReportTo)
                : null,
            Agenda = topic.Agenda ?? AgendaColumns(row),
            SourceRow = row.Number,
        };
    }

    private static string? WithNotes(string? topic, CellText notes) =>
        notes.IsEmpty ? topic : string.Join('\n', new[] { topic }.Concat(notes.Lines.Select(l => l.Text)).Where(t => !string.IsNullOrEmpty(t)));

    private static AgendaRule? AgendaColumns(CalendarRow row) =>
        row.SakerDaysBefore is null && row.SakslisteDaysBefore is null
            ? null
            : new AgendaRule(
                row.SakerDaysBefore ?? AgendaRule.DefaultSakerDaysBefore, row.SakslisteDaysBefore ?? AgendaRule.DefaultSakslisteDaysBefore, null, null);

    private static Lesebestilling? LesebestillingColumn(CellText cell)
    {
        if (cell.IsEmpty)
        {
            return null;
        }

        var text = string.Join('\n', cell.Lines.Select(l => l.Text));
        return new Lesebestilling(text, [.. cell.Lines.SelectMany(l => l.Links).Concat(PlanText.LinksInText(text)).Distinct()]);
    }

    private void CheckDates(int row, PlanDates dates)
    {
        if (dates.Weeks is { } weeks && !dates.WeeksOnly)
        {
            if (WeekOf(dates.First) != weeks.First)
            {
                Warn(row, PlanImportTexts.WeekMismatch(weeks.First, dates.First), PlanWarningKind.DateError);
            }

            if ((dates.Last != dates.First || weeks.Last != weeks.First) && WeekOf(dates.Last) != weeks.Last)
            {
                Warn(row, PlanImportTexts.WeekMismatch(weeks.Last, dates.Last), PlanWarningKind.DateError);
            }
        }

        if (dates.First == dates.Last && !dates.WeeksOnly)
        {
            if (dates.First.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                Warn(row, PlanImportTexts.Weekend(dates.First), PlanWarningKind.DateError);
            }
            else if (NorwegianHolidays.On(dates.First) is { } holiday)
            {
                Warn(row, PlanImportTexts.PublicHoliday(dates.First, holiday.Name), PlanWarningKind.DateError);
            }
        }

        if (dates.Last < today)
        {
            passed++;
        }
    }

    private string UniqueKey(int row, string key)
    {
        if (!keys.TryGetValue(key, out var seen))
        {
            keys[key] = (row, 1);
            return key;
        }

        keys[key] = (seen.Row, seen.Count + 1);
        var unique = PlanEventKey.Occurrence(key, seen.Count + 1);
        Warn(row, PlanImportTexts.DuplicateKey(seen.Row, unique), PlanWarningKind.Duplicate);
        return unique;
    }

    private static int WeekOf(DateOnly date) => ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));

    [GeneratedRegex(@"^ansvar\s*:\s*(?<who>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ResponsibleLine();
}
