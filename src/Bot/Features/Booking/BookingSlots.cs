using SkoleUtvikling.Bot.Collection;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>The core's "slot a unit meets for meeting M": the booked slot of the nettverksgruppe registered in the channel.</summary>
public sealed class BookingSlots(BookingStore store, IUnitDirectory units) : IMeetingSlots
{
    public async Task<MeetingSlot?> SlotAsync(string tenantId, string eventKey, string channelId, CancellationToken cancellationToken)
    {
        if (await units.UnitOfChannelAsync(tenantId, channelId, cancellationToken) is not { Kind: UnitKinds.Nettverksgruppe } group)
        {
            return null;
        }

        return await store.BookingAsync(tenantId, eventKey, group.Id, cancellationToken) is { IsBooked: true } row
            ? new MeetingSlot(row.StartsAt, row.EndsAt, row.Room)
            : null;
    }
}
