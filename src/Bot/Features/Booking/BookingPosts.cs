using System.Data.Common;
using System.Text;
using Dapper;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Features.Leaders;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Routing;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Cards.Booking;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>
/// Booking posts when Quartz fires them: the announcement with «Book tidspunkt» in every nettverksgruppe's channel,
/// reminders to groups that have not booked (a week before the window, when it opens), the day-before reminder of
/// a group's own slot, and the coordinators' digest of the day's changes. Every post is keyed in the outbox, so a
/// firing run twice posts once.
/// </summary>
public sealed class BookingPosts(
    BookingStore store,
    IUnitDirectory units,
    Database database,
    IOutbox outbox,
    ReminderCalendar calendar,
    IOptionsMonitor<LeaderOptions> leaders,
    IOptionsMonitor<BookingOptions> options,
    TimeProvider time,
    ILogger<BookingPosts> logger) : IFiredPostHandler, IUnitListener
{
    private const string CoordinatorChats = """
        SELECT c.conversation_id AS ConversationId, c.service_url AS ServiceUrl, u.name AS Name
        FROM conversations c JOIN users u ON u.tenant_id = c.tenant_id AND u.user_id = c.user_id
        WHERE c.kind = 'personal' AND c.tenant_id = @TenantId AND u.aad_object_id IN @Aads
        """;

    public bool Claims(string postKey) => BookingKeys.TryParse(postKey, out _, out _, out _, out _);

    public async Task DispatchAsync(string postKey, DateTimeOffset scheduledFireUtc, bool late, CancellationToken cancellationToken)
    {
        if (!BookingKeys.TryParse(postKey, out var tenantId, out var slug, out var unitId, out var eventKey))
        {
            BookingLog.PostForNothing(logger, postKey);
            return;
        }

        if (slug == BookingKeys.Digest)
        {
            await DigestAsync(postKey, tenantId, cancellationToken);
            return;
        }

        if (await store.MeetingAsync(tenantId, eventKey, cancellationToken) is not { } meeting)
        {
            BookingLog.PostForNothing(logger, postKey);
            return;
        }

        var groups = await units.UnitsAsync(tenantId, UnitKinds.Nettverksgruppe, cancellationToken);
        if (slug == BookingKeys.DayBefore)
        {
            await DayBeforeAsync(postKey, meeting, groups.FirstOrDefault(g => g.Id == unitId), cancellationToken);
            return;
        }

        var rows = (await store.RowsAsync(tenantId, eventKey, cancellationToken)).ToDictionary(b => b.UnitId, StringComparer.Ordinal);
        var window = new BookingWindow(meeting.Window, calendar);
        var posts = groups.Select(g => GroupPost(postKey, slug, meeting, window, g, rows.GetValueOrDefault(g.Id))).OfType<OutboxMessage>().ToList();
        await EnqueueAsync(posts, cancellationToken);
        BookingLog.PostQueued(logger, postKey, posts.Count);
    }

    /// <summary>
    /// A nettverksgruppe registered after a flexible meeting was announced gets what it missed when it is registered:
    /// the announcement before the window opens, or inside the window (not booked) the reminder that it has opened,
    /// both with «Book tidspunkt». Keyed as the post it missed, so a group registered again is not posted twice.
    /// </summary>
    public async Task UnitRegisteredAsync(RegisteredUnit unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Kind != UnitKinds.Nettverksgruppe)
        {
            return;
        }

        var o = options.CurrentValue;
        var now = time.GetUtcNow();
        var posts = new List<OutboxMessage>();
        foreach (var meeting in await store.MeetingsAsync(unit.TenantId, cancellationToken))
        {
            var window = new BookingWindow(meeting.Window, calendar);
            if (now < window.AnnounceAt(o.AnnounceDaysBefore, o.PostAt) || now >= window.Closes)
            {
                continue;
            }

            var row = await store.BookingAsync(unit.TenantId, meeting.EventKey, unit.Id, cancellationToken);
            if (row is { IsBooked: true })
            {
                continue;
            }

            var slug = now < window.Opens ? BookingKeys.Announce : BookingKeys.Opens;
            if (GroupPost(BookingKeys.For(unit.TenantId, slug, "", meeting.EventKey), slug, meeting, window, unit, row) is { } post)
            {
                posts.Add(post);
            }
        }

        await EnqueueAsync(posts, cancellationToken);
        BookingLog.LateGroupPosted(logger, unit.Id, posts.Count);
    }

    /// <summary>One group's post of a meeting's announcement or reminder (<paramref name="slug"/>), or null when it has none.</summary>
    private OutboxMessage? GroupPost(string postKey, string slug, BookingMeeting meeting, BookingWindow window, RegisteredUnit group, BookingRow? row)
    {
        var range = BookingTexts.Range(window.Window.First, window.Window.Last);
        string? text = slug switch
        {
            BookingKeys.Announce => "",
            BookingKeys.WeekBefore when row is not { IsBooked: true } => BookingTexts.WeekBefore(group.Name, meeting.Title, range),
            BookingKeys.Opens when row is not { IsBooked: true } => BookingTexts.WindowOpens(group.Name, meeting.Title, range),
            _ => null,
        };
        if (text is null)
        {
            return null;
        }

        // Every post to a group that has not booked carries «Book tidspunkt» (a group registered after the
        // announcement gets it here), naming the version of a cancelled booking so the new one is not a conflict.
        var post = OutgoingActivities.Card(BookingCard.Announcement(BookingViews.Meeting(meeting, group.Name, calendar), (int)(row?.Version ?? 0)));
        if (text.Length > 0)
        {
            post.Text = text;
        }

        return ToChannel(group, post, $"post:{postKey}:{group.Id}");
    }

    /// <summary>
    /// «Purr grupper» on the status card: the booking reminder card (with «Book tidspunkt») in each unbooked group's
    /// channel, keyed per meeting, group and Oslo <paramref name="day"/>: how many were queued, and how many had one that day.
    /// </summary>
    public async Task<(int Queued, int AlreadyToday)> ChaseAsync(BookingMeeting meeting, IReadOnlyList<(RegisteredUnit Unit, BookingRow? Row)> unbooked,
        string day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(unbooked);
        var window = new BookingWindow(meeting.Window, calendar);
        var range = BookingTexts.Range(window.Window.First, window.Window.Last);
        var queued = 0;
        await database.InTransactionAsync(async (DbConnection c, DbTransaction t) =>
        {
            foreach (var (group, row) in unbooked)
            {
                var post = OutgoingActivities.Card(BookingCard.Announcement(BookingViews.Meeting(meeting, group.Name, calendar), (int)(row?.Version ?? 0)));
                post.Text = BookingTexts.Chased(group.Name, meeting.Title, range);
                var key = $"post:{BookingKeys.For(meeting.TenantId, BookingKeys.Chase, group.Id, meeting.EventKey)}|{day}";
                if (await outbox.EnqueueAsync(c, t, ToChannel(group, post, key), cancellationToken))
                {
                    queued++;
                }
            }
        }, cancellationToken);
        outbox.NotifyCommitted();
        return (queued, unbooked.Count - queued);
    }

    /// <summary>A booking post into a group's channel.</summary>
    public static OutboxMessage ToChannel(RegisteredUnit group, Activity post, string dedupeKey)
    {
        post.Conversation = new ConversationAccount { Id = group.ChannelId, ConversationType = ConversationTypes.Channel, TenantId = group.TenantId };
        return new OutboxMessage(dedupeKey, group.TenantId, group.ServiceUrl, group.ChannelId, OutboxOperation.Send, post);
    }

    private async Task DayBeforeAsync(string postKey, BookingMeeting meeting, RegisteredUnit? group, CancellationToken cancellationToken)
    {
        var row = group is null ? null : await store.BookingAsync(group.TenantId, meeting.EventKey, group.Id, cancellationToken);
        var today = DateOnly.FromDateTime(OsloTime.ToOslo(time.GetUtcNow()).DateTime);
        if (group is null || row is not { IsBooked: true } || row.Date <= today)
        {
            BookingLog.DayBeforeStale(logger, postKey);
            return;
        }

        var text = BookingTexts.DayBefore(meeting.Title, BookingViews.SlotText(row));
        await EnqueueAsync([ToChannel(group, OutgoingActivities.Text(text), $"post:{postKey}:v{row.Version}")], cancellationToken);
        BookingLog.PostQueued(logger, postKey, 1);
    }

    private async Task DigestAsync(string postKey, string tenantId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = await store.LastDigestAsync(tenantId, cancellationToken) ?? now.AddDays(-1);
        var changes = await store.ChangedSinceAsync(tenantId, since, cancellationToken);
        if (changes.Count == 0)
        {
            BookingLog.DigestQueued(logger, tenantId, 0, 0);
            return;
        }

        var meetings = (await store.MeetingsAsync(tenantId, cancellationToken)).ToDictionary(m => m.EventKey, StringComparer.Ordinal);
        var groups = (await units.UnitsAsync(tenantId, UnitKinds.Nettverksgruppe, cancellationToken)).ToDictionary(g => g.Id, StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(OsloTime.ToOslo(now).DateTime);
        var text = new StringBuilder($"**{BookingTexts.DigestHeading(today)}**\n\n");
        foreach (var row in changes.GroupBy(r => (r.EventKey, r.UnitId)).Select(g => g.Last()))
        {
            var group = groups.TryGetValue(row.UnitId, out var g) ? g.Name : row.UnitId;
            var title = meetings.TryGetValue(row.EventKey, out var m) ? m.Title : row.EventKey;
            text.Append("- ").Append(group).Append(" · ").Append(title).Append(": ")
                .Append(row.IsBooked ? BookingViews.SlotText(row) : BookingTexts.NotBooked).Append('\n');
        }

        await using var c = await database.OpenAsync(cancellationToken);
        var coordinators = (await c.QueryAsync<(string ConversationId, string ServiceUrl, string? Name)>(new CommandDefinition(CoordinatorChats,
            new { TenantId = tenantId, Aads = leaders.CurrentValue.AadObjectIds }, cancellationToken: cancellationToken))).ToList();
        var named = changes.Select(r => meetings.TryGetValue(r.EventKey, out var m) ? m.ReportTo : null);
        var chats = BookingCoordinators.Recipients(coordinators, p => p.Name, named);
        var day = BookingViews.Iso(today);
        await database.InTransactionAsync(async (tc, t) =>
        {
            if (!await BookingStore.MarkDigestAsync(tc, t, tenantId, day, now))
            {
                return;
            }

            foreach (var (conversationId, serviceUrl, _) in chats)
            {
                var message = OutgoingActivities.Text(text.ToString());
                message.Conversation = new ConversationAccount { Id = conversationId, TenantId = tenantId };
                await outbox.EnqueueAsync(tc, t, new OutboxMessage($"post:{postKey}:{conversationId}", tenantId, serviceUrl, conversationId,
                    OutboxOperation.Send, message), cancellationToken);
            }
        }, cancellationToken);
        outbox.NotifyCommitted();
        BookingLog.DigestQueued(logger, tenantId, changes.Count, chats.Count);
    }

    private async Task EnqueueAsync(List<OutboxMessage> posts, CancellationToken cancellationToken)
    {
        if (posts.Count == 0)
        {
            return;
        }

        await database.InTransactionAsync(async (DbConnection c, DbTransaction t) =>
        {
            foreach (var post in posts)
            {
                await outbox.EnqueueAsync(c, t, post, cancellationToken);
            }
        }, cancellationToken);
        outbox.NotifyCommitted();
    }
}
