using System.Text.Json;
using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Archive;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Tests.Unit.Cards.Archive;

public sealed class ArchiveCardTests
{
    private static readonly ArchiveCardModel Model = new([new("19:a@thread.tacv2", "Ledelse"), new("19:b@thread.tacv2", "SKUT")], "Ledelse");

    [Fact]
    public void The_choice_set_is_required_and_lists_each_channel_by_name_with_its_id_as_value()
    {
        var card = ArchiveCard.Build(Model);

        var input = card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Input.ChoiceSet")!;
        Assert.Equal(ArchiveCard.ChannelField, input["id"]!.GetValue<string>());
        Assert.True(input["isRequired"]!.GetValue<bool>());
        Assert.Equal(ArchiveCardTexts.ChannelRequired, input["errorMessage"]!.GetValue<string>());
        Assert.Equal(["Ledelse=19:a@thread.tacv2", "SKUT=19:b@thread.tacv2"],
            input["choices"]!.AsArray().Select(c => $"{c!["title"]}={c["value"]}"));
        Assert.Contains(ArchiveCardTexts.Current("Ledelse"), CardJson.Serialize(card), StringComparison.Ordinal);
    }

    [Fact]
    public void A_submit_of_the_card_gives_the_chosen_channel_and_anything_else_gives_null()
    {
        var submit = Element(new JsonObject { ["verb"] = ActionIds.ArchiveChoose, [ArchiveCard.ChannelField] = "19:a@thread.tacv2" });

        Assert.Equal("19:a@thread.tacv2", ArchiveCard.ChosenChannelId(submit));
        Assert.Null(ArchiveCard.ChosenChannelId(Element(new JsonObject { ["verb"] = ActionIds.ArchiveChoose })));
        Assert.Null(ArchiveCard.ChosenChannelId(Element(new JsonObject { ["verb"] = ActionIds.PlanPublish, [ArchiveCard.ChannelField] = "19:a@thread.tacv2" })));
        Assert.Null(ArchiveCard.ChosenChannelId(null));
    }

    private static JsonElement Element(JsonObject value) => JsonDocument.Parse(value.ToJsonString()).RootElement;
}
