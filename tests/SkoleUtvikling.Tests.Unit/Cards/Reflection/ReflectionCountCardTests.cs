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
}
