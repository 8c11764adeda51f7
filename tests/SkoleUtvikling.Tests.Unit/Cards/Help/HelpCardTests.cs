using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Help;

namespace SkoleUtvikling.Tests.Unit.Cards.Help;

public sealed class HelpCardTests
{
    [Fact]
    public void Help_card_is_an_adaptive_card_1_5_with_the_Norwegian_title_and_the_hjelp_command()
    {
        var card = HelpCard.Build(isLeader: false);

        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Equal(HelpCardTexts.Title, card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Contains("\"title\":\"hjelp\"", CardJson.Serialize(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Leaders_get_the_leader_lines_and_others_do_not()
    {
        var leader = CardJson.Serialize(HelpCard.Build(isLeader: true));
        var teacher = CardJson.Serialize(HelpCard.Build(isLeader: false));

        foreach (var line in HelpCardTexts.LeaderLines)
        {
            Assert.Contains(line, leader, StringComparison.Ordinal);
            Assert.DoesNotContain(line, teacher, StringComparison.Ordinal);
        }
    }
}
