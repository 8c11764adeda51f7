using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// When to remind before a deadline (calendar days before its date, moved back to a working day), when
/// to chase those still missing after it (<see cref="ChaseAfter"/>, days after its date, moved on to a
/// working day, while late answers are accepted) and when to tell the round's leaders who is missing (once). A finite list: nobody is
/// chased forever. Times are wall-clock in Europe/Oslo. Stored with the round.
/// </summary>
public sealed record ReminderPolicy(IReadOnlyList<ReminderOffset> RemindBefore, ReminderOffset? EscalateAfter)
{
    private static readonly TimeOnly Eight = new(8, 0);

    /// <summary>Two days before and on the day at 08.00; leaders hear the working day after at 08.00.</summary>
    public static ReminderPolicy Default { get; } = new([new(2, Eight), new(0, Eight)], new(1, Eight));

    public static ReminderPolicy None { get; } = new([], null);

    /// <summary>
    /// <see cref="Default"/>'s reminders, then chases of those still missing the working day after the
    /// deadline and three working days later at 08.00 (while late answers are accepted), then the leaders
    /// hear who is still missing at 14.00 on the day of the last chase.
    /// </summary>
    public static ReminderPolicy Chasing { get; } = new([new(2, Eight), new(0, Eight)], new(0, new TimeOnly(14, 0)))
    {
        ChaseAfter = [new(1, Eight), new(4, Eight)],
        ChaseInWorkingDays = true,
        EscalateAfterChases = true,
    };

    /// <summary>Chases after the deadline, to those still missing (none by default).</summary>
    public IReadOnlyList<ReminderOffset> ChaseAfter { get; init; } = [];

    /// <summary><see cref="ChaseAfter"/> counts working days after the deadline's date, not calendar days.</summary>
    public bool ChaseInWorkingDays { get; init; }

    /// <summary>
    /// When chases are scheduled, <see cref="EscalateAfter"/> counts (working) days from the date of the last
    /// chase, and the escalation always comes after it: the leaders hear who is missing once chasing is over.
    /// </summary>
    public bool EscalateAfterChases { get; init; }

    /// <summary>
    /// Every reminder moment of a round, in time order. Reminders fall on working days outside quiet
    /// hours, after the round opens and before its deadline; others are dropped, never moved past the
    /// deadline. The escalation is on a working day outside quiet hours, after the deadline.
    /// </summary>
    public IReadOnlyList<ScheduledReminder> Schedule(Round round, ReminderCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(calendar);
        var deadlineDate = DateOnly.FromDateTime(OsloTime.ToOslo(round.Deadline).DateTime);

        var moments = RemindBefore
            .Select(offset => calendar.NextAllowed(calendar.DaysBefore(deadlineDate, offset.Days, offset.At)))
            .Where(at => at >= round.OpensAt && at < round.Deadline)
            .Distinct()
            .Select(at => new ScheduledReminder(at, ReminderKind.Remind))
            .ToList();

        foreach (var chase in ChaseAfter)
        {
            var date = ChaseInWorkingDays ? WorkingDaysAfter(calendar, deadlineDate, chase.Days) : calendar.WorkingDayOnOrAfter(deadlineDate.AddDays(chase.Days));
            var at = calendar.NextAllowed(ReminderCalendar.At(date, chase.At));
            // Only while late answers are still accepted: chasing someone who can no longer answer helps nobody.
            if (at > round.Deadline && round.LatePolicy.HardClose is { } close && at <= close)
            {
                moments.Add(new ScheduledReminder(at, ReminderKind.Chase));
            }
        }

        var lastChase = moments.Where(m => m.Kind == ReminderKind.Chase).Select(m => (DateTimeOffset?)m.At).Max();
        if (EscalateAfter is { } afterChases && EscalateAfterChases && lastChase is { } last)
        {
            var date = WorkingDaysAfter(calendar, DateOnly.FromDateTime(OsloTime.ToOslo(last).DateTime), afterChases.Days);
            var at = calendar.NextAllowed(ReminderCalendar.At(date, afterChases.At));
            moments.Add(new ScheduledReminder(at > last ? at : calendar.NextAllowed(last.AddMinutes(1)), ReminderKind.Escalate));
        }
        else if (EscalateAfter is { } escalate)
        {
            var date = calendar.WorkingDayOnOrAfter(deadlineDate.AddDays(escalate.Days));
            var at = calendar.NextAllowed(ReminderCalendar.At(date, escalate.At));
            moments.Add(new ScheduledReminder(at > round.Deadline ? at : calendar.NextAllowed(round.Deadline.AddMinutes(1)), ReminderKind.Escalate));
        }

        return [.. moments.DistinctBy(m => (m.At, m.Kind)).OrderBy(m => m.At)];
    }

    private static DateOnly WorkingDaysAfter(ReminderCalendar calendar, DateOnly date, int days)
    {
        for (var i = 0; i < days; i++)
        {
            date = calendar.WorkingDayOnOrAfter(date.AddDays(1));
        }

        return days == 0 ? calendar.WorkingDayOnOrAfter(date) : date;
    }
}
