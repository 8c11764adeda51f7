using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>Who may book for a group: its members and editors as the roster says now (never ids from card data).</summary>
internal static class BookingMembers
{
    public static async Task<bool> IsMemberAsync(IUnitDirectory units, RegisteredUnit unit, ChannelAccount? from, CancellationToken cancellationToken)
    {
        if (from?.Id is null)
        {
            return false;
        }

        var people = await units.PeopleAsync(unit, cancellationToken);
        return people.Members.Concat(people.Editors).Any(p => string.Equals(p.UserId, from.Id, StringComparison.Ordinal)
            || (from.AadObjectId is { Length: > 0 } aad && string.Equals(p.AadObjectId, aad, StringComparison.OrdinalIgnoreCase)));
    }
}
