using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>
/// Bookings on a leader's status card: per flexible meeting whose window ended at most
/// <see cref="RoundStatusQuery.RecentDays"/> days ago, how many nettverksgrupper have booked (and, in the 1:1 view,
/// which have not), and «Purr grupper» while the window is open: the booking reminder card in each unbooked group's
/// channel, at most once per group, meeting and Oslo day (one dedupe key), however often pressed.
/// </summary>
public sealed class BookingStatusSection(BookingStore store, IUnitDirectory units, BookingPosts posts, ReminderCalendar calendar,
    TimeProvider time, ILogger<BookingStatusSection> logger) : IStatusSection
{
    public string Source => "booking";

    public async Task<IReadOnlyList<StatusSectionView>> SectionsAsync(string tenantId, bool withNames, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(OsloTime.ToOslo(now).DateTime);
        var meetings = (await store.MeetingsAsync(tenantId, cancellationToken))
            .Where(m => m.Window.Last.AddDays(RoundStatusQuery.RecentDays) >= today).OrderBy(m => m.Window.First).ToList();
        if (meetings.Count == 0)
        {
            return [];
        }

        // Without registered nettverksgrupper nobody books: nothing to show.
        var groups = await units.UnitsAsync(tenantId, UnitKinds.Nettverksgruppe, cancellationToken);
        if (groups.Count == 0)
        {
            return [];
        }

        var sections = new List<StatusSectionView>();
        foreach (var meeting in meetings)
        {
            var unbooked = await UnbookedAsync(meeting, groups, cancellationToken);
            var open = now < new BookingWindow(meeting.Window, calendar).Closes;
            sections.Add(new StatusSectionView(Source, meeting.EventKey, meeting.Title, BookingTexts.Range(meeting.Window.First, meeting.Window.Last),
                BookingTexts.GroupsBooked(groups.Count - unbooked.Count, groups.Count), BookingTexts.UnbookedLabel,
                withNames ? [.. unbooked.Select(u => u.Unit.Name).Order(StringComparer.CurrentCulture)] : [],
                open && unbooked.Count > 0 ? BookingTexts.ChaseGroups(unbooked.Count) : null));
        }

        return sections;
    }

    public async Task<string?> ChaseAsync(string tenantId, string itemId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (string.IsNullOrWhiteSpace(itemId) || await store.MeetingAsync(tenantId, itemId, cancellationToken) is not { } meeting)
        {
            BookingLog.StatusChaseRefused(logger, tenantId);
            return null;
        }

        if (now >= new BookingWindow(meeting.Window, calendar).Closes)
        {
            return BookingTexts.ChaseClosed;
        }

        var groups = await units.UnitsAsync(tenantId, UnitKinds.Nettverksgruppe, cancellationToken);
        var unbooked = await UnbookedAsync(meeting, groups, cancellationToken);
        var day = BookingViews.Iso(DateOnly.FromDateTime(OsloTime.ToOslo(now).DateTime));
        var (queued, already) = await posts.ChaseAsync(meeting, unbooked, day, cancellationToken);
        BookingLog.StatusChased(logger, meeting.EventKey, queued, already);
        return BookingTexts.GroupsChased(queued, already);
    }

    private async Task<List<(RegisteredUnit Unit, BookingRow? Row)>> UnbookedAsync(BookingMeeting meeting, IReadOnlyList<RegisteredUnit> groups, CancellationToken cancellationToken)
    {
        var rows = (await store.RowsAsync(meeting.TenantId, meeting.EventKey, cancellationToken)).ToDictionary(r => r.UnitId, StringComparer.Ordinal);
        return [.. groups.Select(g => (Unit: g, Row: rows.GetValueOrDefault(g.Id))).Where(g => g.Row is not { IsBooked: true })];
    }
}
