using SkoleUtvikling.Bot.Collection;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>
/// Tells every <see cref="IMeetingSlotListener"/> where a group's slot of a meeting now stands (booked, moved or
/// cancelled), so what is due at the slot (its round of notes) follows. Called after the booking's commit, and again
/// for every booking at start (<see cref="BookingSlotResync"/>); listeners are idempotent. A listener's failure is
/// logged and never undoes the booking.
/// </summary>
public sealed class BookingSlotNotices(IEnumerable<IMeetingSlotListener> listeners, ILogger<BookingSlotNotices> logger)
{
    public async Task TellAsync(RegisteredUnit group, BookingMeeting meeting, BookingRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(row);
        var slot = row.IsBooked ? new MeetingSlot(row.StartsAt, row.EndsAt, row.Room) : null;
        var change = new MeetingSlotChange(group.TenantId, meeting.EventKey, group.Id, group.ChannelId, slot, MeetingDue.Of(meeting.Window, slot));
        foreach (var listener in listeners)
        {
            try
            {
                await listener.SlotChangedAsync(change, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                BookingLog.SlotFollowersFailed(logger, meeting.EventKey, group.Id, ex);
            }
        }
    }
}
