using System.Text.Json.Nodes;
using Dapper;
using SkoleUtvikling.Bot.Features.Booking;
using SkoleUtvikling.Cards.Booking;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Tests.Integration.Features.Reflection;
using static SkoleUtvikling.Tests.Integration.Features.Reflection.ReflectionConversation;

namespace SkoleUtvikling.Tests.Integration.Features.Booking;

/// <summary>
/// Booking a flexible meeting on the real bot with the 002 plan (published by Kari, a coordinator): the channel is
/// registered as nettverksgruppe «Gruppe 3»; three weeks before the 1 October window (Friday 4 September 08.00) the
/// announcement is posted there; Ola books, Per is told Ola was first, an outsider is refused, Per moves it; the
/// coordinator's digest comes at 15.00; after the window opens nothing moves; the day before the group's own slot
/// the reminder goes to the group.
/// </summary>
public sealed class BookingTests
{
    private const string MeetingTitle = "Kompetansepakken for skoleledere, styrere, eiere og PPT";
    private static readonly DateTimeOffset AnnounceAt = new(2020, 9, 4, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DigestAt = new(2020, 9, 4, 13, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowOpened = new(2020, 9, 28, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DayBeforeAt = new(2020, 9, 29, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Announced_booked_refused_moved_digested_locked_and_reminded_the_day_before_its_own_slot()
    {
        await using var teams = await ReflectionConversation.StartAsync();
        (await teams.SayInChannelAsync(Kari, "enhet nettverksgruppe Gruppe 3")).EnsureSuccessStatusCode();
        await teams.OutboxDrainedAsync();

        // Three weeks before the window: the announcement in the group's channel.
        await MoveClockAsync(teams, AnnounceAt);
        await UntilAsync(teams, () => Posts(teams, BookingCardTexts.AnnouncementHeading).Count > 0, "the announcement in the group's channel");
        var announcement = Json(Posts(teams, BookingCardTexts.AnnouncementHeading)[0].Activity);
        Assert.Contains("26. september – 6. oktober", announcement, StringComparison.Ordinal);
        Assert.Contains("3 timer", announcement, StringComparison.Ordinal);
        Assert.Contains("Gruppe 3", announcement, StringComparison.Ordinal);
        Assert.Contains(BookingCardTexts.Book, announcement, StringComparison.Ordinal);
        var eventKey = await EventKeyAsync(teams);

        // A Saturday in the window is refused with its reason; nothing stored.
        var saturday = await BookAsync(teams, Ola, eventKey, 0, "2020-09-26", "12:00", "Rom 204");
        Assert.Equal("lørdag 26. september kan ikke bookes: lørdag. Velg en annen dag.", saturday.ActionText);
        Assert.Equal(0L, await CountAsync(teams));

        // Ola books Tuesday 29 September 12.00 in Rom 204: confirmed to him and in the channel.
        var booked = await BookAsync(teams, Ola, eventKey, 0, "2020-09-29", "12:00", "Rom 204");
        Assert.Equal($"**Gruppe 3** har booket {MeetingTitle}: tirsdag 29. september kl. 12.00–15.00, Rom 204 (av Ola Hansen).", booked.ActionText);
        await UntilAsync(teams, () => Posts(teams, BookingCardTexts.BookedHeading).Count > 0, "the confirmation in the channel");

        // Per pressed «Book tidspunkt» on the same announcement a moment later: told Ola was first, nothing changed.
        var late = await BookAsync(teams, Per, eventKey, 0, "2020-09-30", "09:00", null);
        Assert.Equal("Gruppen er allerede booket: tirsdag 29. september kl. 12.00–15.00, Rom 204 (av Ola Hansen). Ingenting er lagret; bruk «Flytt» eller «Avlys» på bekreftelsen.", late.ActionText);

        // Nils is not in the group's team.
        Assert.Equal(BookingTexts.NotAMember, (await BookAsync(teams, Nils, eventKey, 1, "2020-09-30", "09:00", null)).ActionText);

        // Per moves it (from version 1, as the confirmation shows): a new version, confirmed in the channel.
        var moved = await BookAsync(teams, Per, eventKey, 1, "2020-09-30", "09:00", null);
        Assert.Contains("onsdag 30. september kl. 09.00–12.00", moved.ActionText, StringComparison.Ordinal);
        await UntilAsync(teams, () => teams.ChannelActivities().Any(a => Json(a.Activity).Contains("har flyttet", StringComparison.Ordinal)), "the move's confirmation");
        await using (var db = await teams.OpenAsync())
        {
            Assert.Equal((2L, "2020-09-30"), await db.QuerySingleAsync<(long, string)>("SELECT version, meeting_date FROM bookings"));
        }

        // Nils cannot cancel it either (the group is the channel's, its members the team's roster); nothing changed.
        Assert.Equal(BookingTexts.NotAMember, (await PressAsync(teams, Nils, eventKey, BookingVerbs.Cancel, 2)).ActionText);
        await using (var db = await teams.OpenAsync())
        {
            Assert.Equal((2L, "booked"), await db.QuerySingleAsync<(long, string)>("SELECT version, status FROM bookings"));
        }

        // «Legg i kalenderen»: a file consent card in Ola's 1:1 chat; accepting uploads the .ics of the booking as it is now.
        var offered = await PressAsync(teams, Ola, eventKey, BookingVerbs.CalendarFile, 2);
        Assert.Equal(BookingTexts.CalendarFileSent, offered.ActionText);
        await UntilAsync(teams, () => teams.SentTo(Ola).Any(a => Json(a.Activity).Contains(BookingCalendarFileOffer.ContextKind, StringComparison.Ordinal)), "the file consent card");
        var consent = teams.SentTo(Ola).Last(a => Json(a.Activity).Contains(BookingCalendarFileOffer.ContextKind, StringComparison.Ordinal)).Activity["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.teams.card.file.consent", consent["contentType"]!.GetValue<string>());
        var acceptContext = consent["content"]!["acceptContext"]!;

        // Nils forges the accept with the same context: not a member, nothing uploaded.
        Assert.Equal(200, (await ConsentAsync(teams, Nils, acceptContext)).Status);
        Assert.Null(teams.Uploaded);

        Assert.Equal(200, (await ConsentAsync(teams, Ola, acceptContext)).Status);
        var ics = System.Text.Encoding.UTF8.GetString(teams.Uploaded!);
        Assert.Contains("DTSTART:20200930T070000Z\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:2", ics, StringComparison.Ordinal);

        // The coordinator's digest at 15.00, in Kari's 1:1 chat.
        await MoveClockAsync(teams, DigestAt);
        await UntilAsync(teams, () => teams.Connector.ActivitiesIn(Kari.PersonalChat).Any(a => Json(a.Activity).Contains("Bookinger endret", StringComparison.Ordinal)), "the digest to Kari");
        var digest = Json(teams.Connector.ActivitiesIn(Kari.PersonalChat).Last(a => Json(a.Activity).Contains("Bookinger endret", StringComparison.Ordinal)).Activity);
        Assert.Contains("Gruppe 3 · " + MeetingTitle + ": onsdag 30. september kl. 09.00–12.00", digest, StringComparison.Ordinal);

        // «bookinger» shows every group's slot.
        var before = teams.ChannelActivities().Count;
        (await teams.SayInChannelAsync(Per, "bookinger")).EnsureSuccessStatusCode();
        await UntilAsync(teams, () => teams.ChannelActivities().Skip(before).Any(a => Json(a.Activity).Contains(BookingCardTexts.OverviewHeading, StringComparison.Ordinal)), "the overview");
        Assert.Contains("onsdag 30. september kl. 09.00–12.00", Json(teams.ChannelActivities().Skip(before).Last().Activity), StringComparison.Ordinal);

        // Once the window has opened the booking no longer moves.
        await MoveClockAsync(teams, WindowOpened);
        var locked = await BookAsync(teams, Ola, eventKey, 2, "2020-10-01", "09:00", null);
        Assert.Equal(BookingTexts.Locked(new DateOnly(2020, 9, 26)), locked.ActionText);

        // The day before its own slot (Tuesday 29 September 08.00), the group is reminded of it.
        await MoveClockAsync(teams, DayBeforeAt);
        await UntilAsync(teams, () => teams.ChannelActivities().Any(a => Json(a.Activity).Contains("Husk møtet i morgen", StringComparison.Ordinal)), "the day-before reminder");
        var reminder = Json(teams.ChannelActivities().Single(a => Json(a.Activity).Contains("Husk møtet i morgen", StringComparison.Ordinal)).Activity);
        Assert.Contains("onsdag 30. september kl. 09.00–12.00", reminder, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_without_a_booking_is_reminded_with_the_book_button_and_may_book_a_slot_to_come_after_the_window_opened()
    {
        await using var teams = await ReflectionConversation.StartAsync();
        (await teams.SayInChannelAsync(Kari, "enhet nettverksgruppe Gruppe 3")).EnsureSuccessStatusCode();
        await teams.OutboxDrainedAsync();

        // A week before the window (Saturday 19 September → Friday 18 September 08.00).
        await MoveClockAsync(teams, new DateTimeOffset(2020, 9, 18, 6, 0, 0, TimeSpan.Zero));
        await UntilAsync(teams, () => teams.ChannelActivities().Any(a => Json(a.Activity).Contains("åpner om en uke", StringComparison.Ordinal)), "the week-before reminder");
        var weekBefore = Json(teams.ChannelActivities().Last(a => Json(a.Activity).Contains("åpner om en uke", StringComparison.Ordinal)).Activity);
        Assert.Contains("Påminnelse til **Gruppe 3**: " + MeetingTitle + " er ikke booket ennå. Tidsrommet 26. september – 6. oktober", weekBefore, StringComparison.Ordinal);
        // The reminder carries «Book tidspunkt» itself (a group registered after the announcement has no other card).
        Assert.Contains(BookingCardTexts.Book, weekBefore, StringComparison.Ordinal);

        // Ola books from the reminder, Per cancels: the group has no booking again (version 2, cancelled).
        var eventKey = await EventKeyAsync(teams);
        Assert.Contains("har booket", (await BookAsync(teams, Ola, eventKey, 0, "2020-10-01", "09:00", null)).ActionText, StringComparison.Ordinal);
        Assert.Contains("har avlyst", (await PressAsync(teams, Per, eventKey, BookingVerbs.Cancel, 1)).ActionText, StringComparison.Ordinal);

        // When it opens: Monday 28 September 08.00, the first working day of the window; the reminder's card names version 2.
        await MoveClockAsync(teams, new DateTimeOffset(2020, 9, 28, 6, 0, 0, TimeSpan.Zero));
        await UntilAsync(teams, () => teams.ChannelActivities().Any(a => Json(a.Activity).Contains("har åpnet, og gruppen har ikke booket", StringComparison.Ordinal)), "the reminder when the window opens");
        Assert.Single(teams.ChannelActivities(), a => Json(a.Activity).Contains("åpner om en uke", StringComparison.Ordinal));
        var opened = Json(teams.ChannelActivities().Last(a => Json(a.Activity).Contains("har åpnet, og gruppen har ikke booket", StringComparison.Ordinal)).Activity);
        Assert.Contains($"\"{BookingVerbs.Version}\":\"2\"", opened, StringComparison.Ordinal);

        // The group may still book inside the open window, but not a slot already past (08.00 Oslo is gone at 08.00).
        Assert.Equal(BookingTexts.SlotPassed, (await BookAsync(teams, Ola, eventKey, 2, "2020-09-28", "07:30", null)).ActionText);
        var booked = await BookAsync(teams, Ola, eventKey, 2, "2020-09-29", "09:00", null);
        Assert.Equal($"**Gruppe 3** har booket {MeetingTitle}: tirsdag 29. september kl. 09.00–12.00 (av Ola Hansen).", booked.ActionText);
    }

    [Fact]
    public async Task The_digest_goes_to_the_coordinator_the_plan_names_and_not_to_the_others()
    {
        // «Meld fra til Arne K.»: Arne Karlsen is a coordinator too, and has a 1:1 chat with the bot.
        var arne = new TeamsUser("29:1ArneKarlsenR7tY9uI1oP3aS5dF7gH9jK", "Arne Karlsen", "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f70", "a:1ArneChatM4nB6vC8xZ0aS2");
        await using var teams = await ReflectionConversation.StartAsync(new Dictionary<string, string?> { ["Leaders:AadObjectIds:1"] = arne.Aad });
        (await teams.SayPersonallyAsync(arne, "hjelp")).EnsureSuccessStatusCode();
        (await teams.SayInChannelAsync(Kari, "enhet nettverksgruppe Gruppe 3")).EnsureSuccessStatusCode();
        await teams.OutboxDrainedAsync();

        await MoveClockAsync(teams, AnnounceAt);
        var booked = await BookAsync(teams, Ola, await EventKeyAsync(teams), 0, "2020-09-29", "12:00", null);
        Assert.Contains("har booket", booked.ActionText, StringComparison.Ordinal);

        await MoveClockAsync(teams, DigestAt);
        await UntilAsync(teams, () => teams.Connector.ActivitiesIn(arne.PersonalChat).Any(a => Json(a.Activity).Contains("Bookinger endret", StringComparison.Ordinal)), "the digest to Arne");
        Assert.Contains("Gruppe 3 · " + MeetingTitle + ": tirsdag 29. september kl. 12.00–15.00",
            Json(teams.Connector.ActivitiesIn(arne.PersonalChat)[^1].Activity), StringComparison.Ordinal);
        await teams.OutboxDrainedAsync();
        Assert.DoesNotContain(teams.Connector.ActivitiesIn(Kari.PersonalChat), a => Json(a.Activity).Contains("Bookinger endret", StringComparison.Ordinal));
    }

    private static async Task<string> EventKeyAsync(ReflectionConversation teams)
    {
        await using var db = await teams.OpenAsync();
        return await db.QuerySingleAsync<string>("SELECT event_key FROM booking_meetings WHERE anchor = '2020-10-01'");
    }

    private static async Task<long> CountAsync(ReflectionConversation teams)
    {
        await using var db = await teams.OpenAsync();
        return await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM bookings");
    }

    private static List<Testing.Connector.FakeActivity> Posts(ReflectionConversation teams, string text) =>
        [.. teams.ChannelActivities().Where(a => a.Kind != "update" && Json(a.Activity).Contains(text, StringComparison.Ordinal))];

    /// <summary>A booking button (Universal Action) in the group's channel with only the meeting and version.</summary>
    private static Task<InvokeResult> PressAsync(ReflectionConversation teams, TeamsUser user, string eventKey, string verb, int version) =>
        ExecuteInChannelAsync(teams, user, verb, Data(verb, eventKey, version));

    private static JsonObject Data(string verb, string eventKey, int version) => new()
    {
        [ActionIds.VerbField] = verb,
        [BookingVerbs.EventKey] = eventKey,
        [BookingVerbs.Version] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>An Action.Execute on a card in the group's channel.</summary>
    private static Task<InvokeResult> ExecuteInChannelAsync(ReflectionConversation teams, TeamsUser user, string verb, JsonObject data)
    {
        var invoke = teams.InChannel(user);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke.Remove("text");
        invoke.Remove("entities");
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return teams.InvokeAsync(invoke);
    }

    /// <summary>Accept on a file consent card in the person's 1:1 chat (<c>fileConsent/invoke</c>).</summary>
    private static Task<InvokeResult> ConsentAsync(ReflectionConversation teams, TeamsUser user, JsonNode context)
    {
        var invoke = teams.Personal(user);
        invoke["type"] = "invoke";
        invoke["name"] = "fileConsent/invoke";
        invoke.Remove("text");
        invoke["value"] = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = context.DeepClone(),
            ["uploadInfo"] = new JsonObject
            {
                ["name"] = "Nettverksmøte.ics", ["uploadUrl"] = teams.UploadUrl.ToString(), ["contentUrl"] = "https://contoso.sharepoint.com/personal/ola/Documents/Nettverksmøte.ics",
                ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C9D", ["fileType"] = "ics",
            },
        };
        return teams.InvokeAsync(invoke);
    }

    /// <summary>«Book tidspunkt» / «Flytt» on a card in the group's channel (a Universal Action) with what was typed.</summary>
    private static Task<InvokeResult> BookAsync(ReflectionConversation teams, TeamsUser user, string eventKey, int version, string date, string start, string? room)
    {
        var data = Data(BookingVerbs.Book, eventKey, version);
        data[BookingVerbs.DateInput] = date;
        data[BookingVerbs.StartInput] = start;
        if (room is not null)
        {
            data[BookingVerbs.RoomInput] = room;
        }

        return ExecuteInChannelAsync(teams, user, BookingVerbs.Book, data);
    }

    /// <summary>Lets the outbox send what is queued (moving the clock past 429 pauses), then sets the clock.</summary>
    private static async Task MoveClockAsync(ReflectionConversation teams, DateTimeOffset instant)
    {
        var pending = true;
        await UntilAsync(teams, () => !pending, "the outbox to send everything queued", async db =>
            pending = await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE status = 'pending'") > 0);
        teams.Clock.SetUtcNow(instant);
    }

    /// <summary>Waits for a condition, moving the fake clock a second at a time while the outbox waits (429 pauses after the clock's jumps).</summary>
    private static async Task UntilAsync(ReflectionConversation teams, Func<bool> condition, string what,
        Func<System.Data.Common.DbConnection, Task>? observe = null)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (30 * TimeProvider.System.TimestampFrequency);
        while (!condition())
        {
            if (TimeProvider.System.GetTimestamp() > deadline)
            {
                var booking = teams.Logs.Tail(15, e => e.Category.Contains("Booking", StringComparison.Ordinal));
                throw new TimeoutException($"Waited 30 s for {what}. Booking log: {booking}. {await teams.DescribeAsync()}");
            }

            await using (var db = await teams.OpenAsync())
            {
                if (observe is not null)
                {
                    await observe(db);
                }

                await teams.StepClockWhileOutboxWaitsAsync(db);
            }

            await Task.Delay(50);
        }
    }
}
