using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>When a unit meets for one meeting of the plan: its own booked slot of a flexible meeting.</summary>
public sealed record MeetingSlot(DateTimeOffset Start, DateTimeOffset End, string? Room);

/// <summary>
/// "The slot a unit meets for meeting M" (issue 15): a flexible meeting («innenfor et tidsrom på 5 dager før eller
/// etter 1. oktober») has no one time; each nettverksgruppe books its own. The booking feature implements it; the
/// plan and reflection ask it without knowing that feature.
/// </summary>
public interface IMeetingSlots
{
    /// <summary>The slot booked by the unit registered in <paramref name="channelId"/>, or null (no unit there, or not booked).</summary>
    Task<MeetingSlot?> SlotAsync(string tenantId, string eventKey, string channelId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the day-before reminder of this (flexible) meeting goes to each group for its own slot, so the
    /// plan's single reminder before the window would be wrong and is left out.
    /// </summary>
    bool RemindsPerGroup(PlanEvent planEvent) => planEvent.Window is not null;
}

/// <summary>When a meeting is "due" for what must be done before it (a round of notes).</summary>
public static class MeetingDue
{
    /// <summary>
    /// A fixed meeting: its earliest start. A flexible one: the unit's own booked slot; without one, the end of the
    /// window's last day (Oslo), never its first day.
    /// </summary>
    public static DateTimeOffset Of(PlanEvent planEvent, MeetingSlot? slot)
    {
        ArgumentNullException.ThrowIfNull(planEvent);
        if (planEvent.Window is not { } window)
        {
            return planEvent.EarliestStart;
        }

        return Of(window, slot);
    }

    /// <summary>A flexible meeting's window: the unit's own booked slot; without one, the end of the window's last day (Oslo).</summary>
    public static DateTimeOffset Of(FlexibleWindow window, MeetingSlot? slot)
    {
        ArgumentNullException.ThrowIfNull(window);
        return slot?.Start ?? ReminderCalendar.At(window.Last.AddDays(1), TimeOnly.MinValue);
    }
}
