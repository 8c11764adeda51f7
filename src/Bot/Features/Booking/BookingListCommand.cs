using System.Text.RegularExpressions;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Cards.Booking;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>
/// <c>bookinger</c>: every nettverksgruppe's slot for each flexible meeting still to come, at a glance (who booked
/// is left out). Anyone in the tenant may ask; slots are no personal data.
/// </summary>
public sealed partial class BookingListCommand(BookingStore store, IUnitDirectory units, Replies replies, TimeProvider time) : IMessageCommand
{
    public bool Matches(string text) => Verb().IsMatch(text);

    public async Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken)
    {
        var tenantId = activity.TenantId ?? "";
        var today = DateOnly.FromDateTime(OsloTime.ToOslo(time.GetUtcNow()).DateTime);
        var meetings = (await store.MeetingsAsync(tenantId, cancellationToken)).Where(m => m.Window.Last >= today).ToList();
        if (meetings.Count == 0)
        {
            await replies.ReplyTextAsync(activity, BookingTexts.NoMeetings, cancellationToken);
            return;
        }

        var groups = await units.UnitsAsync(tenantId, UnitKinds.Nettverksgruppe, cancellationToken);
        if (groups.Count == 0)
        {
            await replies.ReplyTextAsync(activity, BookingTexts.NoGroups, cancellationToken);
            return;
        }

        var overview = new List<BookingOverviewMeeting>();
        foreach (var meeting in meetings.Take(6))
        {
            var booked = (await store.BookingsAsync(tenantId, meeting.EventKey, cancellationToken)).ToDictionary(b => b.UnitId, StringComparer.Ordinal);
            overview.Add(new BookingOverviewMeeting(meeting.Title, BookingTexts.Range(meeting.Window.First, meeting.Window.Last),
                [.. groups.Select(g => new BookingOverviewLine(g.Name, booked.TryGetValue(g.Id, out var b) ? BookingViews.SlotText(b) : BookingTexts.NotBooked))]));
        }

        await replies.ReplyCardAsync(activity, BookingCard.Overview(overview), "bookinger", cancellationToken);
    }

    [GeneratedRegex(@"^\s*bookinger\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verb();
}
