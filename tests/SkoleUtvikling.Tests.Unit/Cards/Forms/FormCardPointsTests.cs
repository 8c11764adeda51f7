using System.Text.Json;
using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Forms;
using static SkoleUtvikling.Tests.Unit.Cards.Reflection.ReflectionCardQuery;

namespace SkoleUtvikling.Tests.Unit.Cards.Forms;

public sealed class FormCardPointsTests
{
    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);

    private static List<string> PointIds(JsonObject card) =>
        [.. OfType(card, "Input.Text").Select(i => (string)i["id"]!).Where(id => id.StartsWith("answer_punkter_", StringComparison.Ordinal))];

    private static FormCardModel Fresh() => FormCardSamples.Agreement() with { Values = new Dictionary<string, string>(), PointSlots = new Dictionary<string, int>() };

    [Fact]
    public void A_fresh_points_field_shows_its_initial_numbered_inputs_under_its_label()
    {
        var card = FormCard.Build(Fresh());

        Assert.Equal(["answer_punkter_1", "answer_punkter_2", "answer_punkter_3"], PointIds(card));
        Assert.Equal(["Punkt 1", "Punkt 2", "Punkt 3"], OfType(card, "Input.Text").Where(i => ((string)i["id"]!).StartsWith("answer_punkter_", StringComparison.Ordinal)).Select(i => (string)i["label"]!));
        Assert.Contains("Dette er avtalt *", Texts(card));
    }

    [Fact]
    public void Filled_points_keep_one_empty_input_to_type_in()
    {
        var card = FormCard.Build(Fresh() with { Values = new Dictionary<string, string> { ["punkter"] = "En\nTo\nTre" } });

        Assert.Equal(4, PointIds(card).Count);
    }

    [Fact]
    public void Flere_punkter_tells_the_bot_the_field_and_how_many_inputs_were_shown()
    {
        var card = FormCard.Build(Fresh());

        var more = Assert.Single(OfType(card, "Action.Execute"), a => (string?)a["title"] == FormCardTexts.MorePoints);
        Assert.Equal("mellomarbeid.avtale.more-points", (string?)more["verb"]);
        Assert.Equal("punkter", (string?)more["data"]![FormCardIds.PointsField]);
        Assert.Equal("3", (string?)more["data"]![FormCardIds.PointSlots]);
        Assert.Equal("nordby", (string?)more["data"]!["schoolId"]);
        Assert.Null(more["associatedInputs"]);
    }

    [Fact]
    public void Pressing_Flere_punkter_shows_the_form_again_with_more_inputs_and_everything_typed()
    {
        var form = Fresh();
        var value = Json(new Dictionary<string, string>
        {
            ["verb"] = "mellomarbeid.avtale.more-points",
            ["formField"] = "punkter",
            ["formSlots"] = "3",
            ["schoolId"] = "nordby",
            ["answer_tema"] = "Klasseledelse",
            ["answer_punkter_1"] = "Lese kapittel 3",
            ["answer_punkter_2"] = "",
            ["answer_punkter_3"] = "Elevsamtaler",
        });

        var result = FormCardSubmission.Parse(value, form);
        var card = FormCard.Build(result.ShowAgain(form));

        Assert.Equal(FormCardAction.MorePoints, result.Action);
        Assert.Empty(result.Errors);
        Assert.Equal(("punkter", 6), result.MorePoints);
        Assert.Equal(6, PointIds(card).Count);
        Assert.Equal("Lese kapittel 3", (string?)Assert.Single(All(card), e => (string?)e["id"] == "answer_punkter_1")["value"]);
        Assert.Equal("Elevsamtaler", (string?)Assert.Single(All(card), e => (string?)e["id"] == "answer_punkter_2")["value"]);
        Assert.Equal("Klasseledelse", (string?)Assert.Single(All(card), e => (string?)e["id"] == "answer_tema")["value"]);
        Assert.DoesNotContain(OfType(card, "TextBlock"), t => (string?)t["color"] == "Attention");
    }

    [Fact]
    public void A_full_points_field_has_no_Flere_punkter_and_never_more_inputs_than_its_maximum()
    {
        var card = FormCard.Build(FormCardSamples.FullPoints() with { PointSlots = new Dictionary<string, int> { ["punkter"] = 99 } });

        Assert.Equal(10, PointIds(card).Count);
        Assert.DoesNotContain(All(card), a => (string?)a["title"] == FormCardTexts.MorePoints);
    }

    [Theory]
    [InlineData("9", 10)]
    [InlineData("999999999999999999999", 6)]
    [InlineData("-4", 6)]
    [InlineData("0", 3)]
    [InlineData("tre", 6)]
    public void Hostile_slot_counts_stay_within_the_fields_maximum(string slots, int expected)
    {
        var result = FormCardSubmission.Parse(Json(new { verb = "mellomarbeid.avtale.more-points", formField = "punkter", formSlots = slots }), Fresh());

        Assert.Equal(expected, PointIds(FormCard.Build(result.ShowAgain(Fresh()))).Count);
    }

    [Fact]
    public void Flere_punkter_for_a_field_that_is_not_a_points_field_changes_nothing()
    {
        var result = FormCardSubmission.Parse(Json(new { verb = "mellomarbeid.avtale.more-points", formField = "tema", formSlots = "3" }), Fresh());

        Assert.Null(result.MorePoints);
        Assert.Equal(3, PointIds(FormCard.Build(result.ShowAgain(Fresh()))).Count);
    }

    [Fact]
    public void Without_a_Flere_punkter_verb_every_point_input_is_shown_at_once()
    {
        var card = FormCard.Build(Fresh() with { Verbs = new FormCardVerbs("mellomarbeid.avtale.submit") });

        Assert.Equal(10, PointIds(card).Count);
        Assert.DoesNotContain(All(card), a => (string?)a["title"] == FormCardTexts.MorePoints);
    }

    [Fact]
    public void Empty_points_are_ignored_and_the_rest_close_up_in_order()
    {
        var value = Json(new Dictionary<string, string>
        {
            ["verb"] = "mellomarbeid.avtale.draft",
            ["answer_punkter_1"] = "  ",
            ["answer_punkter_2"] = " Lese kapittel 3 ",
            ["answer_punkter_5"] = "Elevsamtaler",
        });

        var result = FormCardSubmission.Parse(value, Fresh());

        var answer = result.Answer("punkter");
        Assert.NotNull(answer);
        Assert.Equal(["Lese kapittel 3", "Elevsamtaler"], answer.Items);
        Assert.Equal("Lese kapittel 3\nElevsamtaler", answer.Text);
        Assert.Equal(" Lese kapittel 3 \nElevsamtaler", result.Typed["punkter"]);
    }

    [Fact]
    public void A_required_points_field_without_points_says_write_at_least_one()
    {
        var result = FormCardSubmission.Parse(Json(new { verb = "mellomarbeid.avtale.submit", answer_punkter_1 = "" }), Fresh());

        Assert.Contains(new FormCardError("punkter", FormCardErrorKind.NoPoints), result.Errors);
    }

    [Fact]
    public void A_too_long_point_is_named_by_its_number()
    {
        var result = FormCardSubmission.Parse(Json(new Dictionary<string, string>
        {
            ["verb"] = "mellomarbeid.avtale.draft",
            ["answer_punkter_1"] = "Kort",
            ["answer_punkter_2"] = new string('x', 501),
        }), Fresh());

        var error = Assert.Single(result.Errors);
        Assert.Equal(new FormCardError("punkter", FormCardErrorKind.TooLong, "500", 2), error);
        Assert.Equal("Punkt 2 er for langt. Bruk høyst 500 tegn.", FormCardTexts.Error(error));
    }

    [Fact]
    public void Line_breaks_inside_a_point_become_spaces_so_points_stay_apart()
    {
        var result = FormCardSubmission.Parse(Json(new { verb = "mellomarbeid.avtale.draft", answer_punkter_1 = "En\r\nto\nog tre" }), Fresh());

        Assert.Equal(["En to og tre"], result.Answer("punkter")!.Items);
    }

    [Fact]
    public void Points_beyond_the_maximum_are_not_read()
    {
        var value = new Dictionary<string, string> { ["verb"] = "mellomarbeid.avtale.draft" };
        for (var n = 1; n <= 500; n++)
        {
            value[FormCardIds.Point("punkter", n)] = $"Punkt {n}";
        }

        var result = FormCardSubmission.Parse(Json(value), Fresh());

        Assert.Equal(10, result.Answer("punkter")!.Items.Count);
    }
}
