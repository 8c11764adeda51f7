using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>Who may book for a group: its members and editors as the roster says now (never ids from card data).</summary>
internal static class BookingMembers
{
    public static async Task<bool> IsMemberAsync(IUnitDirectory units, RegisteredUnit unit, ChannelAccount? from, CancellationToken cancellationToken) =>
        from?.Id is not null && IsMember(await units.PeopleAsync(unit, cancellationToken), from);

    public static bool IsMember(UnitPeople people, ChannelAccount from) =>
        people.Members.Concat(people.Editors).Any(p => string.Equals(p.UserId, from.Id, StringComparison.Ordinal)
            || (from.AadObjectId is { Length: > 0 } aad && string.Equals(p.AadObjectId, aad, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The members a calendar event invites: those the roster gives a mail address.</summary>
    public static IReadOnlyList<Calendar.CalendarAttendee> Invitees(UnitPeople people) =>
        [.. people.Members.Where(p => p.Email is { Length: > 0 })
            .Select(p => new Calendar.CalendarAttendee(p.Name, p.Email!, p.AadObjectId)).DistinctBy(a => a.Email, StringComparer.OrdinalIgnoreCase)];
}
