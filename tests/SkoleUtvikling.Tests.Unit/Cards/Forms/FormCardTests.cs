using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Forms;
using static SkoleUtvikling.Tests.Unit.Cards.Reflection.ReflectionCardQuery;

namespace SkoleUtvikling.Tests.Unit.Cards.Forms;

public sealed class FormCardTests
{
    private static List<JsonObject> Body(JsonObject card) => [.. card["body"]!.AsArray().Select(n => n!.AsObject())];

    private static JsonObject InputOf(JsonObject card, string id) => Assert.Single(All(card), e => (string?)e["id"] == id);

    [Theory]
    [InlineData("tittel", "Input.Text")]
    [InlineData("beskrivelse", "Input.Text")]
    [InlineData("frist", "Input.Date")]
    [InlineData("start", "Input.Time")]
    [InlineData("rom", "Input.ChoiceSet")]
    [InlineData("trinn", "Input.ChoiceSet")]
    [InlineData("minutter", "Input.Number")]
    public void Each_field_kind_is_its_own_input_with_the_answer_id_a_label_and_a_client_error_message(string fieldId, string type)
    {
        var input = InputOf(FormCard.Build(FormCardSamples.AllKinds()), FormCardIds.Input(fieldId));

        Assert.Equal(type, (string?)input["type"]);
        Assert.StartsWith(FormCardSamples.AllKinds().Field(fieldId)!.Label, (string?)input["label"], StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace((string?)input["errorMessage"]));
    }

    [Fact]
    public void Limits_go_to_the_client_as_hints_in_its_wire_formats()
    {
        var card = FormCard.Build(FormCardSamples.AllKinds());

        Assert.Equal(120, (int)InputOf(card, "answer_tittel")["maxLength"]!);
        Assert.Null(InputOf(card, "answer_tittel")["isMultiline"]);
        Assert.True((bool)InputOf(card, "answer_beskrivelse")["isMultiline"]!);
        Assert.Equal("Hva handler saken om?", (string?)InputOf(card, "answer_beskrivelse")["placeholder"]);
        Assert.Equal("2026-09-26", (string?)InputOf(card, "answer_frist")["min"]);
        Assert.Equal("2026-10-06", (string?)InputOf(card, "answer_frist")["max"]);
        Assert.Equal("08:00", (string?)InputOf(card, "answer_start")["min"]);
        Assert.Equal("15:00", (string?)InputOf(card, "answer_start")["max"]);
        Assert.Equal(5m, (decimal)InputOf(card, "answer_minutter")["min"]!);
        Assert.Equal(90m, (decimal)InputOf(card, "answer_minutter")["max"]!);
        Assert.Null(InputOf(card, "answer_rom")["isMultiSelect"]);
        Assert.True((bool)InputOf(card, "answer_trinn")["isMultiSelect"]!);
        Assert.Equal(["motesal", "bibliotek", "rom-204"], InputOf(card, "answer_rom")["choices"]!.AsArray().Select(c => (string)c!["value"]!));
    }

    [Fact]
    public void A_fresh_form_has_no_values_and_no_error_texts()
    {
        var card = FormCard.Build(FormCardSamples.AllKinds());

        Assert.All(All(card).Where(e => ((string)e["type"]!).StartsWith("Input.", StringComparison.Ordinal)), i => Assert.Null(i["value"]));
        Assert.DoesNotContain(OfType(card, "TextBlock"), t => (string?)t["color"] == "Attention");
        Assert.DoesNotContain(FormCardTexts.FixErrors, Texts(card));
    }

    [Fact]
    public void Every_typed_value_is_shown_again_in_its_input()
    {
        var card = FormCard.Build(FormCardSamples.AllKindsWithErrors());

        Assert.Equal("Ny", (string?)InputOf(card, "answer_tittel")["value"]);
        Assert.Equal("2026-10-09", (string?)InputOf(card, "answer_frist")["value"]);
        Assert.Equal("16:30", (string?)InputOf(card, "answer_start")["value"]);
        Assert.Equal("8,10", (string?)InputOf(card, "answer_trinn")["value"]);
        Assert.Equal(120m, (decimal)InputOf(card, "answer_minutter")["value"]!);
        Assert.Equal("Lese kapittel 3 i fellesskap", (string?)InputOf(card, "answer_punkter_1")["value"]);
        Assert.Equal("Prøve ut elevsamtaler", (string?)InputOf(card, "answer_punkter_2")["value"]);
        Assert.Null(InputOf(card, "answer_punkter_3")["value"]);
        Assert.Null(InputOf(card, "answer_rom")["value"]);
    }

    [Theory]
    [InlineData("tittel", "answer_tittel")]
    [InlineData("beskrivelse", "answer_beskrivelse")]
    [InlineData("frist", "answer_frist")]
    [InlineData("start", "answer_start")]
    [InlineData("rom", "answer_rom")]
    [InlineData("minutter", "answer_minutter")]
    [InlineData("punkter", "answer_punkter_3")]
    public void Each_error_is_red_text_right_under_its_field(string fieldId, string lastInputId)
    {
        var model = FormCardSamples.AllKindsWithErrors();
        var body = Body(FormCard.Build(model));

        var at = body.FindIndex(e => (string?)e["id"] == lastInputId);
        var error = model.Errors.Single(e => e.FieldId == fieldId);
        Assert.Equal(FormCardTexts.Error(error), (string?)body[at + 1]["text"]);
        Assert.Equal("Attention", (string?)body[at + 1]["color"]);
        Assert.Equal("None", (string?)body[at + 1]["spacing"]);
    }

    [Fact]
    public void A_form_with_errors_says_so_above_the_fields_and_shows_its_notice()
    {
        var body = Body(FormCard.Build(FormCardSamples.AllKindsWithErrors()));

        var fix = body.FindIndex(e => (string?)e["text"] == FormCardTexts.FixErrors);
        var notice = body.FindIndex(e => (string?)e["text"] == FormCardSamples.AllKindsWithErrors().Notice!.Text);
        var firstInput = body.FindIndex(e => (string?)e["id"] == "answer_tittel");
        Assert.InRange(fix, 1, firstInput - 1);
        Assert.InRange(notice, 1, firstInput - 1);
        Assert.Equal("Attention", (string?)body[notice]["color"]);
    }

    [Fact]
    public void Help_text_follows_the_field_and_its_errors()
    {
        var body = Body(FormCard.Build(FormCardSamples.AllKindsWithErrors()));

        var at = body.FindIndex(e => (string?)e["id"] == "answer_tittel");
        Assert.Equal("Et kort navn på saken.", (string?)body[at + 2]["text"]);
        Assert.True((bool)body[at + 2]["isSubtle"]!);
    }

    [Fact]
    public void A_custom_error_of_a_feature_is_shown_under_its_field()
    {
        var body = Body(FormCard.Build(FormCardSamples.Booking()));

        var at = body.FindIndex(e => (string?)e["id"] == "answer_dato");
        Assert.Equal("3. oktober er en lørdag. Velg en hverdag.", (string?)body[at + 1]["text"]);
        Assert.Equal("2026-10-03", (string?)body[at]["value"]);
    }

    [Fact]
    public void Inline_buttons_are_Action_Execute_with_an_Action_Submit_fallback_carrying_verb_data_and_version()
    {
        var card = FormCard.Build(FormCardSamples.AllKinds());

        var main = Body(card)[^1];
        var actions = main["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal([FormCardTexts.Submit, FormCardTexts.Draft, FormCardTexts.Cancel], actions.Select(a => (string)a["title"]!));
        Assert.Equal(["sample.form.submit", "sample.form.draft", "sample.form.cancel"], actions.Select(a => (string)a["verb"]!));
        Assert.All(actions, a =>
        {
            Assert.Equal("Action.Execute", (string?)a["type"]);
            Assert.Equal(FormCardSamples.RoundId, (string?)a["data"]!["roundId"]);
            Assert.Equal("v3", (string?)a["data"]![FormCardIds.Version]);
            Assert.Equal((string?)a["verb"], (string?)a["data"]![ActionIds.VerbField]);
            var fallback = a["fallback"]!.AsObject();
            Assert.Equal("Action.Submit", (string?)fallback["type"]);
            Assert.Equal(CardJson.Serialize(a["data"]!), CardJson.Serialize(fallback["data"]!));
        });
    }

    [Fact]
    public void Cancel_sends_no_inputs_so_a_half_filled_form_can_be_left()
    {
        var cancel = Assert.Single(OfType(FormCard.Build(FormCardSamples.AllKinds()), "Action.Execute"), a => (string?)a["verb"] == "sample.form.cancel");

        Assert.Equal("none", (string?)cancel["associatedInputs"]);
        Assert.Equal("none", (string?)cancel["fallback"]!["associatedInputs"]);
    }

    [Fact]
    public void In_a_dialog_every_button_is_a_plain_Action_Submit()
    {
        var card = FormCard.Build(FormCardSamples.AllKinds() with { Surface = FormCardSurface.Dialog });

        Assert.Empty(OfType(card, "Action.Execute"));
        Assert.Equal(4, OfType(card, "Action.Submit").Count());
        Assert.All(OfType(card, "Action.Submit"), s => Assert.Equal("v3", (string?)s["data"]![FormCardIds.Version]));
    }

    [Fact]
    public void A_form_that_can_be_saved_as_draft_marks_required_fields_itself_instead_of_letting_the_client_block_the_draft()
    {
        var card = FormCard.Build(FormCardSamples.AllKinds());

        Assert.DoesNotContain(All(card), e => e["isRequired"] is not null);
        Assert.Equal("Tittel *", (string?)InputOf(card, "answer_tittel")["label"]);
        Assert.Equal("Rom", (string?)InputOf(card, "answer_rom")["label"]);
        Assert.Contains(FormCardTexts.RequiredNote, Texts(card));
    }

    [Fact]
    public void A_form_with_only_Send_inn_lets_the_client_check_required_fields()
    {
        var card = FormCard.Build(FormCardSamples.Sak() with { Verbs = new FormCardVerbs("saker.sak.submit") });

        Assert.True((bool)InputOf(card, "answer_tittel")["isRequired"]!);
        Assert.Equal("Tittel", (string?)InputOf(card, "answer_tittel")["label"]);
        Assert.DoesNotContain(FormCardTexts.RequiredNote, Texts(card));
        Assert.Equal("Meld inn sak", (string?)Assert.Single(OfType(card, "Action.Execute"))["title"]);
    }

    [Fact]
    public void Notice_tones_colour_the_message()
    {
        JsonObject Notice(FormCardTone tone) => Assert.Single(OfType(FormCard.Build(FormCardSamples.Sak() with { Notice = new("Melding", tone) }), "TextBlock"), t => (string?)t["text"] == "Melding");

        Assert.Null(Notice(FormCardTone.Info)["color"]);
        Assert.Equal("Good", (string?)Notice(FormCardTone.Good)["color"]);
        Assert.Equal("Attention", (string?)Notice(FormCardTone.Attention)["color"]);
    }

    [Fact]
    public void Two_fields_with_one_id_or_a_reserved_data_key_are_refused_when_building()
    {
        var form = FormCardSamples.Sak();

        Assert.Throws<ArgumentException>(() => FormCard.Build(form with { Fields = [.. form.Fields, FormCardField.ShortText("tittel", "Igjen")] }));
        Assert.Throws<ArgumentException>(() => FormCard.Build(form with { Data = new Dictionary<string, string> { ["verb"] = "x" } }));
        Assert.Throws<ArgumentException>(() => FormCard.Build(form with { Data = new Dictionary<string, string> { ["answer_tittel"] = "x" } }));
        Assert.Throws<ArgumentException>(() => FormCard.Build(form with { Fields = [] }));
    }
}
