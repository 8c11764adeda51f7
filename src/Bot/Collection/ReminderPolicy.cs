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

    /// <summary>Chases after the deadline, to those still missing (none by default).</summary>
    public IReadOnlyList<ReminderOffset> ChaseAfter { get; init; } = [];

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
            var date = calendar.WorkingDayOnOrAfter(deadlineDate.AddDays(chase.Days));
            var at = calendar.NextAllowed(ReminderCalendar.At(date, chase.At));
            // Only while late answers are still accepted: chasing someone who can no longer answer helps nobody.
            if (at > round.Deadline && round.LatePolicy.HardClose is { } close && at <= close)
            {
                moments.Add(new ScheduledReminder(at, ReminderKind.Chase));
            }
        }

        if (EscalateAfter is { } escalate)
        {
            var date = calendar.WorkingDayOnOrAfter(deadlineDate.AddDays(escalate.Days));
            var at = calendar.NextAllowed(ReminderCalendar.At(date, escalate.At));
            moments.Add(new ScheduledReminder(at > round.Deadline ? at : calendar.NextAllowed(round.Deadline.AddMinutes(1)), ReminderKind.Escalate));
        }

        return [.. moments.DistinctBy(m => (m.At, m.Kind)).OrderBy(m => m.At)];
    }
}
