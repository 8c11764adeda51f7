using SkoleUtvikling.Cards.Booking;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Tests.Unit.Cards.Booking;

public sealed class BookingCardTests
{
    [Fact]
    public void The_announcement_limits_the_date_to_the_window_and_sends_version_0_with_the_meeting()
    {
        var json = CardJson.Serialize(BookingCard.Announcement(BookingCardSamples.Meeting()));

        Assert.Contains("\"min\":\"2020-09-26\"", json, StringComparison.Ordinal);
        Assert.Contains("\"max\":\"2020-10-06\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"{BookingVerbs.Version}\":\"0\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"{BookingVerbs.EventKey}\":\"lp-2020-10-01-kompetansepakken-for-skoleledere\"", json, StringComparison.Ordinal);
        Assert.Contains(BookingCardTexts.Book, json, StringComparison.Ordinal);
        Assert.Contains("26. september – 6. oktober", json, StringComparison.Ordinal);
        Assert.Contains("3 timer", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_booking_that_may_change_carries_its_version_and_move_and_cancel_and_a_locked_one_none()
    {
        var open = CardJson.Serialize(BookingCard.Booked(BookingCardSamples.Meeting(), BookingCardSamples.Slot(canChange: true)));
        var locked = CardJson.Serialize(BookingCard.Booked(BookingCardSamples.Meeting(), BookingCardSamples.Slot(canChange: false)));

        Assert.Contains($"\"{BookingVerbs.Version}\":\"2\"", open, StringComparison.Ordinal);
        Assert.Contains(BookingVerbs.Cancel, open, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"2020-09-29\"", open, StringComparison.Ordinal);
        Assert.DoesNotContain(BookingVerbs.Cancel, locked, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Date", locked, StringComparison.Ordinal);
        Assert.Contains("Rom 204", locked, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overview_of_many_groups_stays_under_Teams_28_KB()
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(CardJson.Serialize(BookingCard.Overview(BookingCardSamples.Overview(60))));
        Assert.True(bytes <= 28 * 1024, $"{bytes} bytes");
    }
}
