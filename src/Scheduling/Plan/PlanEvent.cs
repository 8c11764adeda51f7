using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Scheduling.Plan;

/// <summary>
/// One row of the development plan's calendar. Dates and times are Europe/Oslo wall-clock values as the plan
/// writes them; <see cref="StartsAt"/> and <see cref="EndsAt"/> turn them into instants.
/// A row without a time is a whole-day (or whole-period) milestone.
/// </summary>
public sealed record PlanEvent
{
    /// <summary>Stable across re-imports of the same row; see <see cref="PlanEventKey"/>.</summary>
    public required string Key { get; init; }

    public required Programme Programme { get; init; }

    public required string Title { get; init; }

    public required DateOnly FirstDate { get; init; }

    /// <summary>Equal to <see cref="FirstDate"/> for a one-day event.</summary>
    public required DateOnly LastDate { get; init; }

    public TimeOnly? StartTime { get; init; }

    public TimeOnly? EndTime { get; init; }

    /// <summary>The week numbers the plan wrote, if any.</summary>
    public WeekRange? Weeks { get; init; }

    public string? Room { get; init; }

    /// <summary>The theme text under the title, without the lesebestilling.</summary>
    public string? Topic { get; init; }

    /// <summary>The rest of the time/programme column (schedule lines, notes such as "NB ..."), verbatim.</summary>
    public string? Details { get; init; }

    /// <summary>Null when the plan has no lesebestilling for this row (an empty one counts as none).</summary>
    public Lesebestilling? Lesebestilling { get; init; }

    /// <summary>The lines of the "DELTAGERE/ANSVAR" column.</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    /// <summary>Who is responsible, when the row says "Ansvar: ...".</summary>
    public string? Responsible { get; init; }

    public FlexibleWindow? Window { get; init; }

    public AgendaRule? Agenda { get; init; }

    /// <summary>The row in the source file (1-based, as the file counts rows), for messages to the person who imported it.</summary>
    public int SourceRow { get; init; }

    public bool IsAllDay => StartTime is null;

    public DateTimeOffset? StartsAt => StartTime is { } start ? ReminderCalendar.At(FirstDate, start) : null;

    public DateTimeOffset? EndsAt => EndTime is { } end ? ReminderCalendar.At(LastDate, end) : null;

    /// <summary>The first day anyone meets: a network group may meet as early as the window's first day.</summary>
    public DateOnly EarliestDate => Window is { } window && window.First < FirstDate ? window.First : FirstDate;

    /// <summary>The first moment the event may be under way; posts meant for "before the meeting" must fire before it.</summary>
    public DateTimeOffset EarliestStart =>
        EarliestDate < FirstDate || StartTime is null
            ? ReminderCalendar.At(EarliestDate, TimeOnly.MinValue)
            : ReminderCalendar.At(FirstDate, StartTime.Value);
}
