using System.Text;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Status;

namespace SkoleUtvikling.Tests.Unit.Cards.Status;

/// <summary>The status card grouped by school or unit: names per unit in the 1:1 view, counts per unit only in the channel, under 28 KB for ~300 people.</summary>
public sealed class StatusCardTests
{
    [Fact]
    public void A_round_of_300_people_in_12_schools_lists_each_school_with_its_counts_and_a_few_names_and_stays_under_28_KB()
    {
        var json = CardJson.Serialize(StatusCard.Build(StatusCardSamples.ByUnit(300, 12, withNames: true)));

        Assert.True(Encoding.UTF8.GetByteCount(json) < 28 * 1024, $"{Encoding.UTF8.GetByteCount(json)} bytes");
        for (var i = 0; i < 12; i++)
        {
            Assert.Contains(StatusCardTexts.UnitProgress(StatusCardSamples.UnitName(i), 0, 0)[..^"0 av 0 har levert".Length], json, StringComparison.Ordinal);
        }

        // Person 1 is in the first school and has delivered; person 13 too: both under the first school's heading, before the second's.
        var first = json.IndexOf(StatusCardSamples.UnitName(0) + " · ", StringComparison.Ordinal);
        var second = json.IndexOf(StatusCardSamples.UnitName(1) + " · ", StringComparison.Ordinal);
        Assert.InRange(json.IndexOf("Fornavn13 Etternavnsen13", StringComparison.Ordinal), first, second);
        Assert.Contains(StatusCardTexts.AndMore(1)[..4], json, StringComparison.Ordinal);
        Assert.Contains(StatusVerbs.Report, json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_channel_view_shows_the_counts_per_school_and_never_a_name_or_a_button_that_names_anyone()
    {
        var model = StatusCardSamples.ByUnit(300, 12, withNames: false);
        var json = CardJson.Serialize(StatusCard.Build(model));

        Assert.Contains(StatusCardTexts.UnitsTitle, json, StringComparison.Ordinal);
        foreach (var unit in model.Groups[0].Rounds[0].Units)
        {
            Assert.Contains($"\"title\":\"{unit.Name}\",\"value\":\"{StatusCardTexts.Progress(unit.Delivered, unit.Expected)}\"", json, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Fornavn", json, StringComparison.Ordinal);
        Assert.DoesNotContain(StatusVerbs.Chase, json, StringComparison.Ordinal);
        Assert.DoesNotContain(StatusVerbs.Report, json, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(json) < 28 * 1024);
    }

    [Fact]
    public void A_round_in_60_units_names_the_first_units_and_counts_the_rest_and_stays_under_28_KB()
    {
        var json = CardJson.Serialize(StatusCard.Build(StatusCardSamples.ByUnit(600, 60, withNames: true)));

        Assert.True(Encoding.UTF8.GetByteCount(json) < 28 * 1024, $"{Encoding.UTF8.GetByteCount(json)} bytes");
        Assert.Contains(StatusCardTexts.OtherUnits(60 - StatusCard.UnitsWithNames), json, StringComparison.Ordinal);
        Assert.Contains($"\"title\":\"{StatusCardSamples.UnitName(59)}\",\"value\":", json, StringComparison.Ordinal);
        Assert.DoesNotContain(StatusCardSamples.UnitName(59) + " · ", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_round_in_one_unit_is_not_grouped()
    {
        var json = CardJson.Serialize(StatusCard.Build(StatusCardSamples.Personal(8)));

        Assert.DoesNotContain(" · 0 av", json, StringComparison.Ordinal);
        Assert.DoesNotContain(StatusCardTexts.UnitsTitle, json, StringComparison.Ordinal);
        Assert.Contains("**Levert:** Fornavn1 Etternavnsen1", json, StringComparison.Ordinal);
    }
}
