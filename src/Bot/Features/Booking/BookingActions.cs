using System.Globalization;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Cards.Booking;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Bot.Features.Booking;

/// <summary>The answer to a booking click: a short text for the person, and whether something was saved.</summary>
public sealed record BookingReply(string Text, bool Saved);

/// <summary>
/// «Book tidspunkt», «Flytt» and «Avlys» from a group's channel. The group is the unit registered in the channel
/// the activity came from (never card data); only its members (the team's roster) may book. The date, start and
/// room are checked against the window and the plan's calendar; the save names the version the card showed, and
/// the confirmation is queued in the same transaction.
/// </summary>
public sealed class BookingActions(
    BookingStore store,
    BookingSchedule schedule,
    IUnitDirectory units,
    IOutbox outbox,
    Replies replies,
    Filing.FilingMode filing,
    Calendar.BookingCalendarSignal calendarSignal,
    ReminderCalendar calendar,
    IOptionsMonitor<BookingOptions> options,
    BookingSlotNotices slotNotices,
    TimeProvider time,
    ILogger<BookingActions> logger)
{
    private const int MaxRoomLength = 80;
    private static readonly TimeOnly EarliestStart = new(7, 0);
    private static readonly TimeOnly LatestEnd = new(21, 0);

    public async Task<BookingReply> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        var tenantId = activity.TenantId ?? "";
        var verb = SubmitData.Verb(activity.Value);
        var eventKey = SubmitData.Field(activity.Value, BookingVerbs.EventKey) ?? "";
        var channelId = activity.ChannelData?.Channel?.Id ?? activity.Conversation?.Id?.Split(';')[0];
        if (channelId is null || activity.Conversation?.ConversationType != ConversationTypes.Channel
            || await units.UnitOfChannelAsync(tenantId, channelId, cancellationToken) is not { Kind: UnitKinds.Nettverksgruppe } group)
        {
            return Refuse("not-a-group", BookingTexts.NotAGroupChannel);
        }

        var from = activity.From;
        var people = from?.Id is null ? null : await units.PeopleAsync(group, cancellationToken);
        if (from?.Id is null || people is null || !BookingMembers.IsMember(people, from))
        {
            return Refuse("not-a-member", BookingTexts.NotAMember);
        }

        if (await store.MeetingAsync(tenantId, eventKey, cancellationToken) is not { } meeting)
        {
            return Refuse("unknown-meeting", BookingTexts.UnknownMeeting);
        }

        var window = new BookingWindow(meeting.Window, calendar);
        var now = time.GetUtcNow();
        var version = int.TryParse(SubmitData.Field(activity.Value, BookingVerbs.Version), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;

        // Once the window has opened a booking no longer moves or is cancelled; a group without one (never booked,
        // or cancelled) may still book a slot to come.
        if (verb != BookingVerbs.CalendarFile && !MayChange(window, now) && (verb == BookingVerbs.Cancel
            || await store.BookingAsync(tenantId, meeting.EventKey, group.Id, cancellationToken) is { IsBooked: true }))
        {
            return Refuse("locked", BookingTexts.Locked(window.Window.First));
        }

        var who = from.Name is { Length: > 0 } name ? name : from.Id;
        if (verb == BookingVerbs.CalendarFile)
        {
            return await OfferFileAsync(activity, group, meeting, cancellationToken);
        }

        if (verb == BookingVerbs.Cancel)
        {
            return await CancelAsync(group, people, meeting, version, who, from.Id, now, cancellationToken);
        }

        var parsed = Parse(activity, window);
        if (parsed.Error is { } error)
        {
            return Refuse("invalid", error);
        }

        var (date, start, room) = parsed.Slot!.Value;
        var (startsAt, endsAt) = window.Slot(date, start);
        if (startsAt <= now)
        {
            return Refuse("past", BookingTexts.SlotPassed);
        }

        var request = new BookingRequest(tenantId, meeting.EventKey, group.Id, version, date, start, startsAt, endsAt, room, from.Id, who, from.AadObjectId);
        var result = await store.SaveAsync(request, now, (c, t, row) =>
        {
            var text = version == 0 || row.Version == 1
                ? BookingTexts.Booked(group.Name, meeting.Title, BookingViews.SlotText(row), who)
                : BookingTexts.Moved(group.Name, meeting.Title, BookingViews.SlotText(row), who);
            return ConfirmAsync(c, t, group, people, meeting, row, text, MayChange(window, now), cancellationToken);
        }, cancellationToken);
        return await AfterSaveAsync(result, group, meeting, cancellationToken);
    }

    /// <summary>«Legg i kalenderen»: a file consent card in the person's 1:1 chat; <see cref="BookingCalendarFileOffer"/> builds the file on accept.</summary>
    private async Task<BookingReply> OfferFileAsync(Activity activity, RegisteredUnit group, BookingMeeting meeting, CancellationToken cancellationToken)
    {
        if (await store.BookingAsync(group.TenantId, meeting.EventKey, group.Id, cancellationToken) is not { IsBooked: true } row)
        {
            return Refuse("no-booking", BookingTexts.NotBookedForFile);
        }

        var bytes = BookingIcs.Build(meeting, row, time.GetUtcNow());
        var consent = BookingCalendarFileOffer.ConsentCard(BookingIcs.FileName(meeting), bytes.Length, meeting.EventKey, group.Id);
        await replies.EnqueueAsync([Replies.Privately(activity, consent, $"booking-ics:{group.TenantId}:{activity.Id}")], cancellationToken);
        return new BookingReply(BookingTexts.CalendarFileSent, false);
    }

    private async Task<BookingReply> CancelAsync(RegisteredUnit group, UnitPeople people, BookingMeeting meeting, int version, string who, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (version == 0)
        {
            return Refuse("nothing-to-cancel", BookingTexts.NothingToCancel);
        }

        var request = new BookingRequest(group.TenantId, meeting.EventKey, group.Id, version, default, default, now, now, null, userId, who);
        var result = await store.CancelAsync(request, now, (c, t, row) => ConfirmAsync(c, t, group, people, meeting, row,
            BookingTexts.Cancelled(group.Name, meeting.Title, who), false, cancellationToken), cancellationToken);
        return await AfterSaveAsync(result, group, meeting, cancellationToken);
    }

    private async Task<BookingReply> AfterSaveAsync(BookingSaveResult result, RegisteredUnit group, BookingMeeting meeting, CancellationToken cancellationToken)
    {
        switch (result.Status)
        {
            case BookingSaveStatus.Saved:
                outbox.NotifyCommitted();
                calendarSignal.Notify();
                BookingLog.Saved(logger, meeting.EventKey, group.Id, result.Current!.Status, result.Current.Version);
                await schedule.BookingChangedAsync(meeting, result.Current, cancellationToken);
                await slotNotices.TellAsync(group, meeting, result.Current, cancellationToken);
                return new BookingReply(result.Current.IsBooked
                    ? BookingTexts.Booked(group.Name, meeting.Title, BookingViews.SlotText(result.Current), result.Current.BookedByName)
                    : BookingTexts.Cancelled(group.Name, meeting.Title, result.Current.BookedByName), true);
            case BookingSaveStatus.Collision:
                var other = result.CollidesWith!;
                return Refuse("collision", other.UnitId == group.Id
                    ? BookingTexts.GroupCollision(BookingViews.SlotText(other))
                    : BookingTexts.RoomCollision(other.Room ?? ""));
            default:
                var current = result.Current;
                return Refuse("conflict", BookingTexts.Conflict(current?.BookedByName,
                    current is { IsBooked: true } ? BookingViews.SlotText(current) : null));
        }
    }

    /// <summary>The confirmation in the group's channel: the booking as it now stands, with «Flytt»/«Avlys» while it may change.</summary>
    private async Task ConfirmAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction t, RegisteredUnit group, UnitPeople people,
        BookingMeeting meeting, BookingRow row, string text, bool canChange, CancellationToken cancellationToken)
    {
        var post = row.IsBooked
            ? OutgoingActivities.Card(BookingCard.Booked(BookingViews.Meeting(meeting, group.Name, calendar), BookingViews.Slot(row, canChange)))
            : OutgoingActivities.Card(BookingCard.Announcement(BookingViews.Meeting(meeting, group.Name, calendar), (int)row.Version));
        post.Text = text;
        if (filing.UsesGraph)
        {
            // The booking person's calendar event follows through the durable queue, committed with the booking.
            await Calendar.BookingCalendarJobs.EnqueueAsync(c, t, row, BookingMembers.Invitees(people), time.GetUtcNow());
        }

        await outbox.EnqueueAsync(c, t, BookingPosts.ToChannel(group, post, $"booking:{group.TenantId}:{meeting.EventKey}:{group.Id}:v{row.Version}"), cancellationToken);
    }

    private bool MayChange(BookingWindow window, DateTimeOffset now) => options.CurrentValue.ChangeAfterWindowOpens || now < window.Opens;

    /// <summary>The typed date, start and room, or the bokmål reason they cannot be booked.</summary>
    public static (string? Error, (DateOnly Date, TimeOnly Start, string? Room)? Slot) Parse(Activity activity, BookingWindow window)
    {
        var dateText = SubmitData.Field(activity.Value, BookingVerbs.DateInput)?.Trim();
        var startText = SubmitData.Field(activity.Value, BookingVerbs.StartInput)?.Trim();
        var room = SubmitData.Field(activity.Value, BookingVerbs.RoomInput)?.Trim();
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (BookingTexts.MissingDate, null);
        }

        if (!TimeOnly.TryParseExact(startText, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return (BookingTexts.MissingTime, null);
        }

        if (room is { Length: > MaxRoomLength } || (room is not null && room.Any(char.IsControl)))
        {
            return (BookingTexts.RoomTooLong, null);
        }

        return Check(window, date, start, room);
    }

    /// <summary>Whether a slot may be booked: inside the window, on a working day, between 07.00 and 21.00.</summary>
    public static (string? Error, (DateOnly Date, TimeOnly Start, string? Room)? Slot) Check(BookingWindow window, DateOnly date, TimeOnly start, string? room)
    {
        if (window.WhyNot(date) is { } reason)
        {
            return (BookingTexts.DayOff(date, reason), null);
        }

        var end = start.ToTimeSpan() + window.Length;
        if (start < EarliestStart || end > LatestEnd.ToTimeSpan())
        {
            return (BookingTexts.OutsideWorkingHours, null);
        }

        return (null, (date, start, string.IsNullOrWhiteSpace(room) ? null : room));
    }

    /// <summary>A refusal: logged by its reason only (never the card's data), nothing stored.</summary>
    private BookingReply Refuse(string reason, string text)
    {
        BookingLog.Refused(logger, reason);
        return new BookingReply(text, false);
    }
}
