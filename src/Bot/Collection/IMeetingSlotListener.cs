namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// A unit's slot for one flexible meeting changed: booked, moved or cancelled (then <see cref="Slot"/> is null).
/// <see cref="Due"/> is when the unit's meeting is due now (<see cref="MeetingDue"/>: the slot, else the window's end).
/// </summary>
public sealed record MeetingSlotChange(string TenantId, string EventKey, string UnitId, string ChannelId, MeetingSlot? Slot, DateTimeOffset Due);

/// <summary>
/// Follows a unit's slot (issue 15): what is due at the slot (a round of notes) moves with the booking. The booking
/// feature tells every listener after a change is committed; a listener must be idempotent (told twice, it moves once).
/// </summary>
public interface IMeetingSlotListener
{
    Task SlotChangedAsync(MeetingSlotChange change, CancellationToken cancellationToken);
}
