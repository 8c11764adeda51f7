using System.Text.Json;
using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Forms;
using SkoleUtvikling.Cards.Saker;

namespace SkoleUtvikling.Tests.Unit.Cards.Saker;

public sealed class SakerCardTests
{
    [Fact]
    public void The_call_section_shows_the_deadline_the_count_and_a_dialog_button_with_the_round()
    {
        var json = CardJson.Serialize(new JsonArray([.. SakerPostSections.Call(SakerCardSamples.Call(3)).Select(n => n.DeepClone())]));

        Assert.Contains(SakerCardSamples.Deadline, json, StringComparison.Ordinal);
        Assert.Contains("3 saker er meldt inn.", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"task/fetch\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"verb\":\"{SakerVerbs.Open}\"", json, StringComparison.Ordinal);
        Assert.Contains(SakerCardSamples.RoundId, json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_saksliste_is_numbered_with_presenter_and_time_and_says_so_when_empty()
    {
        var texts = Texts(SakerPostSections.Saksliste([new("Budsjett", "Arne", 20), new("Timeplan", "Siri", 15)]));
        Assert.Equal(["1. Budsjett", "Arne · 20 min", "2. Timeplan", "Siri · 15 min", "2 saker, 35 min til sammen"], texts);

        Assert.Equal(["Ingen saker er meldt inn."], Texts(SakerPostSections.Saksliste([])));
    }

    [Fact]
    public void The_form_lists_the_titles_without_authors_and_posts_the_round_back()
    {
        var card = FormCard.Build(SakForm.Model(SakerCardSamples.Form(), FormCardSurface.Dialog));
        var json = CardJson.Serialize(card);

        foreach (var title in SakerCardSamples.Titles)
        {
            Assert.Contains(title, json, StringComparison.Ordinal);
        }

        Assert.Contains("answer_tittel", json, StringComparison.Ordinal);
        Assert.Contains("answer_minutter", json, StringComparison.Ordinal);
        Assert.Contains($"\"verb\":\"{SakerVerbs.Submit}\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Beskrivelse", "Arne", "15", "tittel")]
    [InlineData("Budsjett", "", "Arne", "15", "beskrivelse")]
    [InlineData("Budsjett", "Beskrivelse", "", "15", "presenterer")]
    [InlineData("Budsjett", "Beskrivelse", "Arne", "", "minutter")]
    [InlineData("Budsjett", "Beskrivelse", "Arne", "mange", "minutter")]
    [InlineData("Budsjett", "Beskrivelse", "Arne", "500", "minutter")]
    public void A_missing_or_wrong_field_comes_back_with_the_error_under_it_and_everything_typed(string title, string description, string presenter, string minutes, string wrong)
    {
        var form = SakForm.Model(SakerCardSamples.Form(), FormCardSurface.Dialog);
        var value = JsonSerializer.SerializeToElement(new Dictionary<string, string>
        {
            ["verb"] = SakerVerbs.Submit,
            ["roundId"] = SakerCardSamples.RoundId,
            ["answer_tittel"] = title,
            ["answer_beskrivelse"] = description,
            ["answer_presenterer"] = presenter,
            ["answer_minutter"] = minutes,
        });

        var result = FormCardSubmission.Parse(value, form);

        Assert.False(result.IsValid);
        Assert.Equal(wrong, Assert.Single(result.Errors).FieldId);
        var again = result.ShowAgain(form);
        Assert.Equal(title, again.Values.GetValueOrDefault(SakForm.Title, ""));
        Assert.Equal(description, again.Values.GetValueOrDefault(SakForm.Description, ""));
        Assert.Equal(minutes, again.Values.GetValueOrDefault(SakForm.Minutes, ""));
        Assert.Equal(SakerCardSamples.RoundId, result.Data["roundId"]);
    }

    [Fact]
    public void The_leader_card_orders_kept_saker_first_and_offers_restore_for_dropped_ones()
    {
        var card = SakerLeaderCard.Build(SakerCardSamples.Leader(4));
        var json = CardJson.Serialize(card);

        Assert.Contains("1. Sak nummer 1", json, StringComparison.Ordinal);
        Assert.Contains("3. Sak nummer 3", json, StringComparison.Ordinal);
        Assert.DoesNotContain("4. Sak nummer 4", json, StringComparison.Ordinal);
        Assert.Contains(SakerCardTexts.DroppedHeading, json, StringComparison.Ordinal);
        Assert.Contains($"\"verb\":\"{SakerVerbs.Restore}\"", json, StringComparison.Ordinal);
        Assert.Contains("Meldt inn av Lærer 2", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_receipt_refreshes_only_for_its_author_and_is_editable_until_the_deadline()
    {
        var editable = SakerReceiptCard.Build(SakerCardSamples.Receipt(editable: true));
        var locked = SakerReceiptCard.Build(SakerCardSamples.Receipt(editable: false));

        Assert.Equal("29:1OlaHansen", editable["refresh"]!["userIds"]![0]!.GetValue<string>());
        Assert.Contains(SakerVerbs.Edit, CardJson.Serialize(editable), StringComparison.Ordinal);
        Assert.DoesNotContain(SakerVerbs.Edit, CardJson.Serialize(locked), StringComparison.Ordinal);
        Assert.Contains("mandag 17.08.2020 kl. 10.12", CardJson.Serialize(editable), StringComparison.Ordinal);
    }

    private static List<string> Texts(IEnumerable<JsonNode> nodes) =>
        [.. nodes.Select(n => n["text"]?.GetValue<string>()).OfType<string>()];
}
