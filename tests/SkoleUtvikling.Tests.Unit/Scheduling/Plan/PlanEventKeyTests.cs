using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan;

public class PlanEventKeyTests
{
    [Fact]
    public void A_key_is_programme_date_and_normalized_title()
    {
        Assert.Equal("kulg-2020-05-14-utviklingsplan-2020-2021", PlanEventKey.For(Programme.Kulg, new DateOnly(2020, 5, 14), "Utviklingsplan 2020-2021"));
    }

    [Theory]
    [InlineData("Møte i regional prosjektgruppe LP", "mote-i-regional-prosjektgruppe-lp")]
    [InlineData("Lærere på Ørsta – Æ", "laerere-pa-orsta-ae")]
    [InlineData("Café «Støttesystemer»!", "cafe-stottesystemer")]
    [InlineData("  ", "uten-tittel")]
    public void Titles_fold_to_ascii_words_joined_by_dashes(string title, string normalized)
    {
        Assert.Equal(normalized, PlanEventKey.NormalizeTitle(title));
    }

    [Fact]
    public void Spacing_case_and_punctuation_do_not_change_the_key()
    {
        var date = new DateOnly(2020, 9, 24);

        Assert.Equal(
            PlanEventKey.For(Programme.Lederutvikling, date, "Lederutvikling barnehage- og skoleledere"),
            PlanEventKey.For(Programme.Lederutvikling, date, " LEDERUTVIKLING  barnehage – og skoleledere. "));
    }

    [Fact]
    public void Another_date_or_programme_gives_another_key()
    {
        var key = PlanEventKey.For(Programme.Kulg, new DateOnly(2020, 5, 14), "Utviklingsplan");

        Assert.NotEqual(key, PlanEventKey.For(Programme.Kulg, new DateOnly(2020, 6, 11), "Utviklingsplan"));
        Assert.NotEqual(key, PlanEventKey.For(Programme.Other, new DateOnly(2020, 5, 14), "Utviklingsplan"));
    }

    [Fact]
    public void A_long_title_is_cut_at_sixty_characters_without_a_trailing_dash()
    {
        var normalized = PlanEventKey.NormalizeTitle("Fagdag 3: Nettverkssamling for styrere, skoleledere, barnehagemyndighet og skoleeiere");

        Assert.Equal("fagdag-3-nettverkssamling-for-styrere-skoleledere-barnehagem", normalized);
        Assert.Equal(PlanEventKey.MaxTitleLength, normalized.Length);
    }

    [Fact]
    public void Later_occurrences_of_a_key_are_numbered_from_two()
    {
        Assert.Equal("kulg-x", PlanEventKey.Occurrence("kulg-x", 1));
        Assert.Equal("kulg-x-2", PlanEventKey.Occurrence("kulg-x", 2));
    }
}
