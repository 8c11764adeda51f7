using System.Globalization;
using System.Text.RegularExpressions;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Turns calendar rows into events, whatever file they came from. Headings set the year; each row is read
/// on its own. Rows that cannot be read are collected as errors (all of them, so one round of fixes is
/// enough) and then the whole import is rejected; doubtful rows are imported with a warning.
/// </summary>
internal sealed partial class PlanRowInterpreter
{
    private readonly string fileName;
    private readonly DateOnly today;
    private readonly List<PlanEvent> events = [];
    private readonly List<PlanImportWarning> warnings = [];
    private readonly List<PlanImportError> errors = [];
    private readonly Dictionary<string, (int Row, int Count)> keys = new(StringComparer.Ordinal);
    private YearContext? years;

    public PlanRowInterpreter(string fileName, TimeProvider timeProvider)
    {
        this.fileName = fileName;
        today = DateOnly.FromDateTime(OsloTime.ToOslo(timeProvider.GetUtcNow()).DateTime);
    }

    public void Heading(CellText text)
    {
        if (YearContext.FromHeading(text) is { } context)
        {
            years = context;
        }
    }

    public void Warn(int? row, string message) => warnings.Add(new PlanImportWarning(row, message));

    public void Fail(int? row, string reason) => errors.Add(new PlanImportError(fileName, row, reason));

    public void Row(CalendarRow row)
    {
        if (row.IsEmpty)
        {
            return;
        }

        var sameCell = ReferenceEquals(row.Week, row.Date);
        var dates = PlanDateParser.Parse(row.Week.Joined, row.Date.Joined, sameCell, years, out var dateError);
        if (dateError is not null)
        {
            Fail(row.Number, dateError);
            return;
        }

        if (dates is null)
        {
            if (row.HasContentBesideWeek)
            {
                Warn(row.Number, PlanImportTexts.NoDate);
            }

            return;
        }

        var schedule = ScheduleCell.Parse(row.Schedule, out var timeError);
        if (schedule is null)
        {
            Fail(row.Number, timeError ?? PlanImportTexts.UnreadableTime(row.Schedule.Joined));
            return;
        }

        var topic = TopicCell.Parse(row.Topic);
        var title = topic.Title ?? (schedule.FreeLines.Count > 0 ? schedule.FreeLines[0] : null);
        if (title is null)
        {
            // A bare "Uke 25" is a placeholder week in the plan; a dated row without a title is a mistake.
            if (!dates.WeeksOnly || dates.Note is not null || row.HasContentBesideWeek)
            {
                Warn(row.Number, PlanImportTexts.NoTitle);
            }

            return;
        }

        var programme = DecideProgramme(row, schedule, title);
        var planEvent = Build(row, dates, schedule, topic, title, programme);
        CheckDates(row.Number, dates);
        if (programme == Programme.Other)
        {
            Warn(row.Number, PlanImportTexts.NoProgramme(title));
        }

        events.Add(planEvent with { Key = UniqueKey(row.Number, planEvent.Key) });
    }

    public PlanImportResult Finish()
    {
        if (errors.Count > 0)
        {
            return PlanImportResult.Rejected(errors);
        }

        return events.Count == 0
            ? PlanImportResult.Rejected(new PlanImportError(fileName, null, PlanImportTexts.EmptyPlan))
            : PlanImportResult.Accepted(events, warnings);
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
            Topic = topic.Topic,
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
                Warn(row, PlanImportTexts.WeekMismatch(weeks.First, dates.First));
            }

            if ((dates.Last != dates.First || weeks.Last != weeks.First) && WeekOf(dates.Last) != weeks.Last)
            {
                Warn(row, PlanImportTexts.WeekMismatch(weeks.Last, dates.Last));
            }
        }

        if (dates.First == dates.Last && !dates.WeeksOnly)
        {
            if (dates.First.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                Warn(row, PlanImportTexts.Weekend(dates.First));
            }
            else if (NorwegianHolidays.On(dates.First) is { } holiday)
            {
                Warn(row, PlanImportTexts.PublicHoliday(dates.First, holiday.Name));
            }
        }

        if (dates.Last < today)
        {
            Warn(row, PlanImportTexts.Passed(dates.First, dates.Last));
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
        Warn(row, PlanImportTexts.DuplicateKey(seen.Row, unique));
        return unique;
    }

    private static int WeekOf(DateOnly date) => ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));

    [GeneratedRegex(@"^ansvar\s*:\s*(?<who>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ResponsibleLine();
}
