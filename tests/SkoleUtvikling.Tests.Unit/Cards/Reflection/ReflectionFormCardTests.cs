using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Reflection;
using static SkoleUtvikling.Tests.Unit.Cards.Reflection.ReflectionCardQuery;

namespace SkoleUtvikling.Tests.Unit.Cards.Reflection;

public sealed class ReflectionFormCardTests
{
    [Fact]
    public void Form_shows_heading_title_meeting_and_deadline()
    {
        var card = ReflectionFormCard.Build(ReflectionCardSamples.Form());

        Assert.Equal("1.5", (string?)card["version"]);
        var texts = Texts(card).ToList();
        Assert.Equal(ReflectionCardTexts.FormHeading, texts[0]);
        Assert.Contains("Les kapittel 3 i «Klasseledelse» (s. 45–72)", texts);
        var json = CardJson.Serialize(card);
        Assert.Contains("mandag 5. januar kl. 23.59", json, StringComparison.Ordinal);
        Assert.Contains("KULG – Klasseledelse og relasjoner", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_default_question_is_a_required_multiline_input_with_label_error_message_and_max_length()
    {
        var inputs = OfType(ReflectionFormCard.Build(ReflectionCardSamples.Form()), "Input.Text").ToList();

        Assert.Equal([ReflectionFields.Answer("budskap"), ReflectionFields.Answer("praksis")], inputs.Select(i => (string)i["id"]!));
        Assert.Equal(["answer_budskap", "answer_praksis"], inputs.Select(i => (string)i["id"]!));
        Assert.Equal([ReflectionCardTexts.DefaultQuestionMessage, ReflectionCardTexts.DefaultQuestionPractice], inputs.Select(i => (string)i["label"]!));
        Assert.All(inputs, i =>
        {
            Assert.True((bool)i["isRequired"]!);
            Assert.True((bool)i["isMultiline"]!);
            Assert.Equal(4000, (int)i["maxLength"]!);
            Assert.False(string.IsNullOrWhiteSpace((string?)i["errorMessage"]));
            Assert.Null(i["value"]);
        });
    }

    [Fact]
    public void Send_inn_is_an_Action_Execute_with_an_Action_Submit_fallback_carrying_the_same_data()
    {
        var card = ReflectionFormCard.Build(ReflectionCardSamples.Form());

        var set = Assert.Single(OfType(card, "ActionSet"));
        var execute = Assert.Single(set["actions"]!.AsArray())!.AsObject();
        Assert.Equal("Action.Execute", (string?)execute["type"]);
        Assert.Equal(ReflectionCardTexts.Submit, (string?)execute["title"]);
        Assert.Equal(ActionIds.ReflectionSubmit, (string?)execute["verb"]);
        Assert.Equal(ReflectionCardSamples.RoundId, (string?)execute["data"]![ReflectionFields.RoundId]);
        var fallback = execute["fallback"]!.AsObject();
        Assert.Equal("Action.Submit", (string?)fallback["type"]);
        Assert.Equal(ReflectionCardTexts.Submit, (string?)fallback["title"]);
        Assert.Equal(CardJson.Serialize(execute["data"]!), CardJson.Serialize(fallback["data"]!));
        Assert.Equal(ActionIds.ReflectionSubmit, (string?)fallback["data"]![ActionIds.VerbField]);
    }

    [Fact]
    public void Returned_form_keeps_what_was_typed_and_shows_each_error_right_under_its_field()
    {
        var card = ReflectionFormCard.Build(ReflectionCardSamples.FormWithErrors());

        var body = card["body"]!.AsArray().Select(n => n!.AsObject()).ToList();
        var first = body.FindIndex(e => (string?)e["id"] == ReflectionFields.Answer("budskap"));
        var second = body.FindIndex(e => (string?)e["id"] == ReflectionFields.Answer("praksis"));
        Assert.Equal("Relasjoner", (string?)body[first]["value"]);
        Assert.Equal(ReflectionCardTexts.Error(new("budskap", ReflectionErrorKind.TooShort, 10)), (string?)body[first + 1]["text"]);
        Assert.Equal("Attention", (string?)body[first + 1]["color"]);
        Assert.Equal(ReflectionCardTexts.Error(new("praksis", ReflectionErrorKind.Empty, 10)), (string?)body[second + 1]["text"]);
        Assert.Contains(ReflectionCardTexts.FixErrors, Texts(card));
    }

    [Fact]
    public void A_form_without_errors_shows_no_error_texts()
    {
        var card = ReflectionFormCard.Build(ReflectionCardSamples.Form());

        Assert.DoesNotContain(OfType(card, "TextBlock"), t => t["color"] is not null);
        Assert.DoesNotContain(ReflectionCardTexts.FixErrors, Texts(card));
    }

    [Fact]
    public void In_a_dialog_Send_inn_is_a_plain_Action_Submit_so_Teams_sends_task_submit()
    {
        var card = ReflectionFormCard.Build(ReflectionCardSamples.Form() with { Surface = ReflectionFormSurface.Dialog });

        Assert.Empty(OfType(card, "Action.Execute"));
        var submit = Assert.Single(OfType(card, "Action.Submit"));
        Assert.Equal(ReflectionCardTexts.Submit, (string?)submit["title"]);
        Assert.Equal(ActionIds.ReflectionSubmit, (string?)submit["data"]![ActionIds.VerbField]);
        Assert.Equal(ReflectionCardSamples.RoundId, (string?)submit["data"]![ReflectionFields.RoundId]);
    }
}
