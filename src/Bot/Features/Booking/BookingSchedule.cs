using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>
/// Keeps the booking posts on Quartz: from the published plan (each flexible meeting's announcement, and the
/// reminders a week before its window and when it opens), per booking (the day-before reminder of its slot) and
/// per change (the coordinators' digest at the end of the day).
/// </summary>
public sealed class BookingSchedule(
    BookingStore store,
    IPostScheduler scheduler,
    ReminderCalendar calendar,
    IOptionsMonitor<BookingOptions> options,
    TimeProvider time,
    ILogger<BookingSchedule> logger) : IPlanEventsListener
{
    public async Task PlanEventsAsync(string tenantId, IReadOnlyList<PlanEvent> events, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var meetings = events.Where(e => e.Window is not null).Select(e => BookingMeeting.From(tenantId, e)).ToList();
        await store.ReplaceMeetingsAsync(tenantId, meetings, now, cancellationToken);
        var desired = meetings.SelectMany(m => Posts(tenantId, m, now)).ToList();
        await scheduler.SyncAsync(BookingKeys.MeetingsScope(tenantId), desired, cancellationToken);
        BookingLog.Synced(logger, tenantId, meetings.Count, desired.Count);
    }

    /// <summary>The posts of one meeting still to come; a late announcement goes out at the next allowed moment before the window opens.</summary>
    public IEnumerable<ScheduledPost> Posts(string tenantId, BookingMeeting meeting, DateTimeOffset now)
    {
        var o = options.CurrentValue;
        var window = new BookingWindow(meeting.Window, calendar);
        if (now >= window.Opens)
        {
            yield break;
        }

        var announce = window.AnnounceAt(o.AnnounceDaysBefore, o.PostAt);
        yield return new ScheduledPost(BookingKeys.For(tenantId, BookingKeys.Announce, "", meeting.EventKey),
            announce >= now ? announce : calendar.NextAllowed(now));
        var week = window.WeekBeforeAt(o.PostAt);
        if (week > now && week > announce)
        {
            yield return new ScheduledPost(BookingKeys.For(tenantId, BookingKeys.WeekBefore, "", meeting.EventKey), week);
        }

        var opens = window.OpensReminderAt(o.PostAt);
        if (opens > now)
        {
            yield return new ScheduledPost(BookingKeys.For(tenantId, BookingKeys.Opens, "", meeting.EventKey), opens);
        }
    }

    /// <summary>After a booking changed: its day-before reminder follows the slot (none when cancelled), and the digest is due today.</summary>
    public async Task BookingChangedAsync(BookingMeeting meeting, BookingRow row, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var now = time.GetUtcNow();
        var window = new BookingWindow(meeting.Window, calendar);
        var desired = new List<ScheduledPost>();
        if (row.IsBooked && window.DayBeforeAt(row.Date, o.DayBeforeAt) is var at && at > now)
        {
            desired.Add(new ScheduledPost(BookingKeys.For(row.TenantId, BookingKeys.DayBefore, row.UnitId, row.EventKey), at));
        }

        await scheduler.SyncAsync(BookingKeys.SlotScope(row.TenantId, row.EventKey, row.UnitId), desired, cancellationToken);

        var today = DateOnly.FromDateTime(OsloTime.ToOslo(now).DateTime);
        var digestAt = ReminderCalendar.At(today, o.DigestAt);
        var day = digestAt > now ? today : today.AddDays(1);
        digestAt = ReminderCalendar.At(day, o.DigestAt);
        await scheduler.SyncAsync(BookingKeys.DigestScope(row.TenantId),
            [new ScheduledPost(BookingKeys.For(row.TenantId, BookingKeys.Digest, "", BookingViews.Iso(day)), digestAt)], cancellationToken);
    }
}
