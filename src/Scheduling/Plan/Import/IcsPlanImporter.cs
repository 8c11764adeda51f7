using System.Globalization;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Imports a plan kept as a calendar (.ics, e.g. exported from Outlook or Teams). Each VEVENT is an event:
/// SUMMARY the title, DESCRIPTION the topic (with "Lesebestilling/oppgave:" and the saker rule as in the Word
/// plan), LOCATION the room, ATTENDEE the participants, CATEGORIES or the title's tags the programme. Times
/// are converted to Europe/Oslo; an all-day event's DTEND is exclusive. A recurring event gives one event per
/// occurrence, at most <see cref="RecurrenceYears"/> years ahead and <see cref="PlanImportLimits.MaxOccurrencesPerEvent"/>
/// occurrences; a rule that finds no next date within <see cref="PlanImportLimits.MaxUnmatchedRecurrenceSteps"/>
/// steps (an impossible RRULE) rejects the file instead of running for ever. Row numbers are the line of BEGIN:VEVENT.
/// </summary>
public sealed class IcsPlanImporter(TimeProvider timeProvider, PlanImportLimits? limits = null) : IPlanImporter
{
    public const int RecurrenceYears = 2;

    private readonly PlanImportLimits _limits = limits ?? PlanImportLimits.Default;

    public IReadOnlyList<string> Extensions { get; } = [".ics"];

    public PlanImportResult Import(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        string text;
        Ical.Net.Calendar? calendar;
        try
        {
            using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            text = reader.ReadToEnd();
            calendar = text.Contains("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase) ? Ical.Net.Calendar.Load(text) : null;
        }
        // The parser throws many kinds of exception on malformed input; any of them means "not a readable calendar".
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            calendar = null;
            text = string.Empty;
        }

        if (calendar is null)
        {
            return PlanImportResult.Rejected(new PlanImportError(fileName, null, PlanImportTexts.NotAnIcs));
        }

        var interpreter = new PlanRowInterpreter(fileName, timeProvider, _limits, cancellationToken);
        var lines = EventLines(text);
        var index = 0;
        foreach (var calendarEvent in calendar.Events)
        {
            if (interpreter.IsFull)
            {
                break;
            }

            var row = index < lines.Count ? lines[index] : index + 1;
            index++;
            if (!Read(calendarEvent, row, interpreter, cancellationToken))
            {
                return PlanImportResult.Rejected(new PlanImportError(fileName, null, PlanImportTexts.EndlessRecurrence(row)));
            }
        }

        return interpreter.Finish();
    }

    /// <summary>False when the event's recurrence cannot be expanded within the limits.</summary>
    private bool Read(CalendarEvent calendarEvent, int row, PlanRowInterpreter interpreter, CancellationToken cancellationToken)
    {
        if (calendarEvent.DtStart is not { } start)
        {
            interpreter.Warn(row, PlanImportTexts.Outcome(PlanImportTexts.NoStart, PlanImportTexts.RowSkipped), PlanWarningKind.SkippedRow);
            return true;
        }

        var horizon = start.AddYears(RecurrenceYears);
        var options = new EvaluationOptions { MaxUnmatchedIncrementsLimit = _limits.MaxUnmatchedRecurrenceSteps };
        var occurrences = new List<Period>();
        var cut = false;
        try
        {
            foreach (var occurrence in calendarEvent.GetOccurrences(start, options))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!occurrence.Period.StartTime.LessThanOrEqual(horizon) || occurrences.Count == _limits.MaxOccurrencesPerEvent)
                {
                    cut = true;
                    break;
                }

                occurrences.Add(occurrence.Period);
            }
        }
        // An evaluation limit, or a rule Ical.Net cannot evaluate: either way the event has no dates to give.
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return false;
        }

        if (cut)
        {
            interpreter.Warn(row, PlanImportTexts.RecurrenceCut(RecurrenceYears));
        }

        foreach (var period in occurrences)
        {
            interpreter.Row(ToCalendarRow(calendarEvent, period, row));
        }

        return true;
    }

    private static CalendarRow ToCalendarRow(CalendarEvent e, Period period, int row)
    {
        var start = period.StartTime;
        var end = period.EffectiveEndTime ?? start;
        var (firstDate, startTime) = Oslo(start);
        var (lastDate, endTime) = Oslo(end);
        if (!start.HasTime && lastDate > firstDate)
        {
            lastDate = lastDate.AddDays(-1); // DTEND of an all-day event is the day after
        }

        if (lastDate < firstDate)
        {
            lastDate = firstDate;
        }

        var date = lastDate == firstDate ? Date(firstDate) : $"{Date(firstDate)} - {Date(lastDate)}";
        var schedule = startTime is not { } from
            ? CellText.Empty
            : CellText.Of(endTime is { } to && (to > from || lastDate > firstDate) ? $"{Time(from)}-{Time(to)}" : $"kl. {Time(from)}");
        var summary = e.Summary?.Trim() ?? string.Empty;
        var description = (e.Description ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var programme = e.Categories.Select(ProgrammeRule.FromName).FirstOrDefault(p => p is not null)
            ?? ProgrammeRule.Decide(ScheduleCell.Parse(CellText.Of(summary)).Tags, summary, []);
        var participants = e.Attendees.Select(a => a.CommonName ?? a.Value?.ToString().Replace("mailto:", string.Empty, StringComparison.OrdinalIgnoreCase) ?? string.Empty);
        return new CalendarRow(
            row,
            CellText.Empty,
            CellText.Of(date),
            schedule,
            CellText.Of([summary, .. description]),
            CellText.Of([.. participants]))
        {
            Programme = CellText.Of(ProgrammeNames.Tag(programme)),
            Room = e.Location is { Length: > 0 } location ? CellText.Of(location) : CellText.Empty,
            Responsible = e.Organizer?.CommonName is { Length: > 0 } organizer ? CellText.Of(organizer) : CellText.Empty,
        };
    }

    /// <summary>The Oslo date and (for a timed value) wall-clock time; a floating time is taken as Oslo time.</summary>
    private static (DateOnly Date, TimeOnly? Time) Oslo(CalDateTime value)
    {
        if (!value.HasTime)
        {
            return (value.Date, null);
        }

        var local = value.IsFloating ? value.Value : OsloTime.ToOslo(new DateTimeOffset(value.AsUtc, TimeSpan.Zero)).DateTime;
        return (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    /// <summary>The line number of each BEGIN:VEVENT, in file order.</summary>
    private static List<int> EventLines(string text)
    {
        var lines = new List<int>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (line.TrimEnd('\r').Equals("BEGIN:VEVENT", StringComparison.OrdinalIgnoreCase))
            {
                lines.Add(number);
            }
        }

        return lines;
    }

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Time(TimeOnly time) => time.ToString("HH\\.mm", CultureInfo.InvariantCulture);
}
