using SkoleUtvikling.Cards.Booking;

namespace SkoleUtvikling.Tests.Unit.Cards;

/// <summary>Booking cards with sample data (the LP network meeting of 1 October 2020, seed 002).</summary>
public static class BookingCardSamples
{
    public static BookingMeetingModel Meeting() => new("lp-2020-10-01-kompetansepakken-for-skoleledere", "Kompetansepakken for skoleledere, styrere, eiere og PPT",
        "Gruppe 3", "26. september – 6. oktober", "3 timer", "2020-09-26", "2020-10-06",
        ["mandag 28. september", "tirsdag 29. september", "onsdag 30. september", "torsdag 1. oktober", "fredag 2. oktober"], "Arne K.");

    public static BookedSlotModel Slot(bool canChange) => new(2, "tirsdag 29. september kl. 12.00–15.00, Rom 204", "Ola Hansen", "2020-09-29", "12:00", "Rom 204", canChange);

    public static IReadOnlyList<BookingOverviewMeeting> Overview(int groups) =>
    [
        .. new[] { ("Kompetansepakken · 1. oktober", "26. september – 6. oktober"), ("Kompetansepakken · 5. november", "31. oktober – 10. november"), ("Kompetansepakken · 11. mars", "6. mars – 16. mars") }
            .Select(m => new BookingOverviewMeeting(m.Item1, m.Item2,
                [.. Enumerable.Range(1, groups).Select(i => new BookingOverviewLine($"Gruppe {i}", i % 3 == 0 ? "ikke booket" : "tirsdag 29. september kl. 12.00–15.00, Rom 204"))])),
    ];
}
