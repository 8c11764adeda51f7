using SkoleUtvikling.Bot.Features.Booking;
using SkoleUtvikling.Bot.Features.Plan;

namespace SkoleUtvikling.Tests.Unit.Features.Booking;

public sealed class BookingKeysTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    [Theory]
    [InlineData(BookingKeys.Announce, "")]
    [InlineData(BookingKeys.DayBefore, "nettverksgruppe:gruppe-3")]
    public void A_key_round_trips_and_the_plan_never_claims_it(string slug, string unit)
    {
        var key = BookingKeys.For(Tenant, slug, unit, "lp-2020-10-01-kompetansepakken");

        Assert.True(BookingKeys.TryParse(key, out var tenant, out var parsedSlug, out var parsedUnit, out var eventKey));
        Assert.Equal((Tenant, slug, unit, "lp-2020-10-01-kompetansepakken"), (tenant, parsedSlug, parsedUnit, eventKey));
        Assert.False(PlanPostKeys.TryParse(key, out _, out _, out _));
    }

    [Theory]
    [InlineData("72f988bf|lp-2020-10-01-kompetansepakken/reminder")]
    [InlineData("72f988bf|booking:unknown||lp-2020-10-01")]
    [InlineData("72f988bf|booking:announce||")]
    [InlineData("|booking:announce||lp")]
    public void Other_keys_are_not_booking_keys(string key) =>
        Assert.False(BookingKeys.TryParse(key, out _, out _, out _, out _));
}
