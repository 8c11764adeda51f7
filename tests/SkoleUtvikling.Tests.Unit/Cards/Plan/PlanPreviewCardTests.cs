using System.Text;
using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Plan;

namespace SkoleUtvikling.Tests.Unit.Cards.Plan;

/// <summary>The preview shows every warning, in the importer's order, within Teams' card size; none is hidden behind a count.</summary>
public class PlanPreviewCardTests
{
    private const int TeamsCardBytes = 28 * 1024;

    [Fact]
    public void A_plan_with_40_warnings_shows_the_first_on_the_card_and_every_other_behind_Vis_alle()
    {
        var model = PlanCardSamples.WithWarnings(40);

        var cards = PlanPreviewCard.BuildAll(model);

        var card = Assert.Single(cards);
        var body = card["body"]!.AsArray();
        var inline = body.Select(b => Text(b)).Where(t => t.StartsWith("⚠ ", StringComparison.Ordinal)).ToList();
        Assert.Equal(model.Warnings.Take(PlanPreviewCard.InlineWarnings).Select(w => "⚠ " + w), inline);
        var showCard = body.Select(b => b?["actions"]?[0]).Single(a => a?["type"]?.GetValue<string>() == "Action.ShowCard")!;
        Assert.Equal("Vis alle 40 merknadene", showCard["title"]!.GetValue<string>());
        Assert.Equal(
            model.Warnings.Skip(PlanPreviewCard.InlineWarnings).Select(w => "⚠ " + w),
            showCard["card"]!["body"]!.AsArray().Select(b => Text(b)));
        Assert.True(Size(card) <= TeamsCardBytes, $"{Size(card)} bytes");
        Assert.DoesNotContain("merknader til", CardJson.Serialize(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_date_error_of_a_40_warning_plan_is_in_the_card()
    {
        var model = PlanCardSamples.WithWarnings(40);

        var json = CardJson.Serialize(PlanPreviewCard.Build(model));

        Assert.All(model.Warnings, w => Assert.Contains(w, json, StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_beyond_one_card_go_on_continuation_cards_in_order_each_within_the_size_limit()
    {
        var model = PlanCardSamples.WithWarnings(600);

        var cards = PlanPreviewCard.BuildAll(model);

        Assert.True(cards.Count > 2, $"{cards.Count} cards");
        Assert.All(cards, c => Assert.True(Size(c) <= PlanPreviewCard.CardBudgetBytes, $"{Size(c)} bytes"));
        var shown = cards.SelectMany(c => AllTexts(c)).Where(t => t.StartsWith("⚠ ", StringComparison.Ordinal)).Select(t => t[2..]);
        Assert.Equal(model.Warnings, shown);
        Assert.Equal($"Merknader til «{model.FileName}» (2 av {cards.Count})", Text(cards[1]["body"]![0]));
        var preview = CardJson.Serialize(cards[0]);
        Assert.Contains("merknader til står i de neste meldingene", preview, StringComparison.Ordinal);

        // «Publiser» stays the preview's last element.
        Assert.Equal("Publiser", cards[0]["body"]!.AsArray()[^1]!["actions"]![0]!["title"]!.GetValue<string>());
    }

    private static string Text(JsonNode? node) => node?["type"]?.GetValue<string>() == "TextBlock" ? node["text"]!.GetValue<string>() : "";

    private static IEnumerable<string> AllTexts(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["type"]?.GetValue<string>() == "TextBlock")
                {
                    yield return o["text"]!.GetValue<string>();
                }

                foreach (var (_, child) in o)
                {
                    foreach (var t in AllTexts(child))
                    {
                        yield return t;
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    foreach (var t in AllTexts(child))
                    {
                        yield return t;
                    }
                }

                break;
            default:
                break;
        }
    }

    private static int Size(JsonNode card) => Encoding.UTF8.GetByteCount(CardJson.Serialize(card));
}
