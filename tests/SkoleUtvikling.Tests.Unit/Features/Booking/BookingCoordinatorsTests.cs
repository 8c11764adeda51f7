using SkoleUtvikling.Bot.Features.Booking;

namespace SkoleUtvikling.Tests.Unit.Features.Booking;

/// <summary>Seed 002: «Meld fra til Arne K.» — the digest goes to the coordinator the plan names, else to every coordinator.</summary>
public sealed class BookingCoordinatorsTests
{
    [Theory]
    [InlineData("Arne K.", "Arne Karlsen", true)]
    [InlineData("Arne K.", "arne kristian olsen", true)]
    [InlineData("Arne K.", "Arne", false)]
    [InlineData("Arne K.", "Arnold Karlsen", false)]
    [InlineData("Arne K.", "Kari Arnesen", false)]
    [InlineData("Arne K.", "Arne Olsen", false)]
    [InlineData("Arne", "Arne Olsen", true)]
    [InlineData("", "Arne Karlsen", false)]
    [InlineData("Arne K.", null, false)]
    public void A_short_name_in_the_plan_names_a_person_by_first_name_and_initials(string namedInPlan, string? person, bool names) =>
        Assert.Equal(names, BookingCoordinators.Names(namedInPlan, person));

    [Fact]
    public void The_named_coordinator_gets_the_digest_and_without_a_match_every_coordinator_does()
    {
        string[] coordinators = ["Kari Nordmann", "Arne Karlsen", "Arne Kristiansen"];

        Assert.Equal(["Arne Karlsen", "Arne Kristiansen"], BookingCoordinators.Recipients(coordinators, c => c, ["Arne K.", null]));
        Assert.Equal(["Arne Karlsen"], BookingCoordinators.Recipients(coordinators, c => c, ["Arne Ka."]));
        Assert.Equal(coordinators, BookingCoordinators.Recipients(coordinators, c => c, ["Berit S."]));
        Assert.Equal(coordinators, BookingCoordinators.Recipients(coordinators, c => c, [null]));
    }
}
