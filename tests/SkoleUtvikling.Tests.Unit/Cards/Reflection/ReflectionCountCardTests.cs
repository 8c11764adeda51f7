using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Reflection;
using static SkoleUtvikling.Tests.Unit.Cards.Reflection.ReflectionCardQuery;

namespace SkoleUtvikling.Tests.Unit.Cards.Reflection;

public sealed class ReflectionCountCardTests
{
    [Fact]
    public void Count_text_reads_12_av_30_har_levert()
    {
        Assert.Equal("12 av 30 har levert", ReflectionCardTexts.Delivered(12, 30));
    }

    [Fact]
    public void Count_card_shows_the_count_and_opens_the_form_as_a_dialog()
    {
        var card = ReflectionCountCard.Build(ReflectionCardSamples.Count());

        Assert.Contains("12 av 30 har levert", Texts(card));
        var submit = Assert.Single(OfType(card, "Action.Submit"));
        Assert.Equal(ReflectionCardTexts.Write, (string?)submit["title"]);
        Assert.Equal("task/fetch", (string?)submit["data"]!["msteams"]!["type"]);
        Assert.Equal(ActionIds.ReflectionOpen, SubmitData.Verb(System.Text.Json.JsonDocument.Parse(submit["data"]!.ToJsonString()).RootElement));
        Assert.Empty(OfType(card, "Input.Text"));
    }

    [Fact]
    public void A_groups_round_names_the_group_under_the_meetings_post_and_the_meetings_own_post_says_where_notes_are_written()
    {
        var model = ReflectionCardSamples.Count() with { Title = "Nettverksmøte · Gruppe 3", ShowTitle = true };
        Assert.Contains("Nettverksmøte · Gruppe 3", Texts(Card(ReflectionCountCard.Section(model))));
        Assert.DoesNotContain("Nettverksmøte · Gruppe 3", Texts(Card(ReflectionCountCard.Section(model with { ShowTitle = false }))));
        Assert.Equal("Refleksjonsnotatene skrives i hver nettverksgruppes kanal (1 gruppe), med frist når gruppen møtes.", ReflectionCardTexts.WrittenInGroups(1));
        Assert.Contains(ReflectionCardTexts.WrittenInGroups(3), Texts(Card(ReflectionCountCard.WrittenInGroups(3))));
        Assert.Empty(OfType(Card(ReflectionCountCard.WrittenInGroups(3)), "Action.Submit"));
    }

    private static System.Text.Json.Nodes.JsonObject Card(IReadOnlyList<System.Text.Json.Nodes.JsonNode> elements) => CardElements.Card([.. elements]);
}
