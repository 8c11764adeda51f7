using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Booking;

/// <summary>
/// The booking cards (pure): the announcement in a group's channel with «Book tidspunkt», the confirmed booking
/// with «Flytt»/«Avlys», and the overview of <c>bookinger</c>.
/// </summary>
public static class BookingCard
{
    /// <summary>The announcement: meeting, window, length, the bookable days, and the inputs to book (version 0: nothing booked yet).</summary>
    public static JsonObject Announcement(BookingMeetingModel meeting, int version = 0) => CardElements.Card(
    [
        CardElements.Heading(BookingCardTexts.AnnouncementHeading),
        CardElements.Text(BookingCardTexts.Intro(meeting.Group)),
        Facts(meeting),
        .. Inputs(meeting, null, null, null),
        CardActions.ActionSet(CardActions.Execute(BookingCardTexts.Book, BookingVerbs.Book, Data(meeting, version))),
    ]);

    /// <summary>The group's booking as it stands, with inputs to move it and «Avlys» while it may change.</summary>
    public static JsonObject Booked(BookingMeetingModel meeting, BookedSlotModel slot)
    {
        var facts = FactList(meeting);
        facts.Insert(0, (BookingCardTexts.Slot, slot.Slot));
        var body = new List<JsonNode?>
        {
            CardElements.Heading(BookingCardTexts.BookedHeading),
            CardElements.Facts(facts),
        };
        if (slot.CanChange)
        {
            body.Add(CardElements.Text(BookingCardTexts.MoveIntro, subtle: true));
            body.AddRange(Inputs(meeting, slot.DateIso, slot.StartText, slot.Room));
            var data = Data(meeting, slot.Version);
            body.Add(CardActions.ActionSet(
                CardActions.Execute(BookingCardTexts.Move, BookingVerbs.Book, data),
                CardActions.Execute(BookingCardTexts.Cancel, BookingVerbs.Cancel, data),
                CardActions.Execute(BookingCardTexts.CalendarFile, BookingVerbs.CalendarFile, data)));
        }
        else
        {
            body.Add(CardActions.ActionSet(CardActions.Execute(BookingCardTexts.CalendarFile, BookingVerbs.CalendarFile, Data(meeting, slot.Version))));
        }

        return CardElements.Card([.. body]);
    }

    /// <summary><c>bookinger</c>: every group's slot per flexible meeting.</summary>
    public static JsonObject Overview(IReadOnlyList<BookingOverviewMeeting> meetings)
    {
        var body = new List<JsonNode?> { CardElements.Heading(BookingCardTexts.OverviewHeading) };
        foreach (var m in meetings)
        {
            body.Add(CardElements.Text($"{m.Title} · {m.Range}", bold: true));
            body.Add(CardElements.Facts(m.Lines.Select(l => (l.Group, l.Slot))));
        }

        return CardElements.Card([.. body]);
    }

    private static JsonObject Facts(BookingMeetingModel meeting) => CardElements.Facts(FactList(meeting));

    private static List<(string, string)> FactList(BookingMeetingModel meeting)
    {
        var facts = new List<(string, string)>
        {
            (BookingCardTexts.Meeting, meeting.Title),
            (BookingCardTexts.Group, meeting.Group),
            (BookingCardTexts.Window, meeting.Range),
            (BookingCardTexts.Length, meeting.Length),
            (BookingCardTexts.BookableDays, string.Join(", ", meeting.BookableDays)),
        };
        if (meeting.ReportTo is { Length: > 0 } reportTo)
        {
            facts.Add((BookingCardTexts.ReportTo, reportTo));
        }

        return facts;
    }

    private static IEnumerable<JsonObject> Inputs(BookingMeetingModel meeting, string? date, string? start, string? room)
    {
        var dateInput = new JsonObject
        {
            ["type"] = "Input.Date",
            ["id"] = BookingVerbs.DateInput,
            ["label"] = BookingCardTexts.DateLabel,
            ["min"] = meeting.FirstIso,
            ["max"] = meeting.LastIso,
            ["isRequired"] = true,
            ["errorMessage"] = BookingCardTexts.DateLabel,
        };
        if (date is not null)
        {
            dateInput["value"] = date;
        }

        var timeInput = new JsonObject
        {
            ["type"] = "Input.Time",
            ["id"] = BookingVerbs.StartInput,
            ["label"] = BookingCardTexts.StartLabel,
            ["min"] = "07:00",
            ["max"] = "21:00",
            ["isRequired"] = true,
            ["errorMessage"] = BookingCardTexts.StartLabel,
        };
        if (start is not null)
        {
            timeInput["value"] = start;
        }

        var roomInput = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = BookingVerbs.RoomInput,
            ["label"] = BookingCardTexts.RoomLabel,
            ["maxLength"] = 80,
        };
        if (room is not null)
        {
            roomInput["value"] = room;
        }

        return [dateInput, timeInput, roomInput];
    }

    private static Dictionary<string, string> Data(BookingMeetingModel meeting, int version) => new()
    {
        [BookingVerbs.EventKey] = meeting.EventKey,
        [BookingVerbs.Version] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
