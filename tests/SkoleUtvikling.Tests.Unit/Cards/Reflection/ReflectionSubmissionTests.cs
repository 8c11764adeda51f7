using System.Text.Json;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Tests.Unit.Cards.Reflection;

public sealed class ReflectionSubmissionTests
{
    private static readonly IReadOnlyList<ReflectionQuestion> Questions = ReflectionQuestions.Defaults;

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static string Flat(string budskap, string praksis) =>
        $$"""{"verb":"reflection.submit","roundId":"r1","answer_budskap":{{JsonSerializer.Serialize(budskap)}},"answer_praksis":{{JsonSerializer.Serialize(praksis)}}}""";

    [Fact]
    public void Flat_Action_Submit_value_gives_a_typed_input_with_trimmed_answers_in_form_order()
    {
        var result = ReflectionSubmission.Parse(Json(Flat("  Relasjoner er grunnmuren.  ", "Faste rutiner i timene.")), Questions);

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.Equal("r1", result.Input!.RoundId);
        Assert.Equal(
            [new ReflectionAnswer("budskap", "Relasjoner er grunnmuren."), new ReflectionAnswer("praksis", "Faste rutiner i timene.")],
            result.Input.Answers);
    }

    [Fact]
    public void Invoke_adaptiveCard_action_value_is_read_from_action_data()
    {
        var value = $$"""{"action":{"type":"Action.Execute","id":"x","verb":"reflection.submit","data":{{Flat("Relasjoner er grunnmuren.", "Faste rutiner i timene.")}}},"trigger":"manual"}""";

        var result = ReflectionSubmission.Parse(Json(value), Questions);

        Assert.True(result.IsValid);
        Assert.Equal("r1", result.Input!.RoundId);
        Assert.Equal("Faste rutiner i timene.", result.Input.Answers[1].Text);
    }

    [Fact]
    public void Dialog_task_submit_value_is_read_from_data()
    {
        var value = $$$"""{"data":{{{Flat("Relasjoner er grunnmuren.", "Faste rutiner i timene.")}}},"context":{"theme":"default"}}""";

        var result = ReflectionSubmission.Parse(Json(value), Questions);

        Assert.True(result.IsValid);
        Assert.Equal("Relasjoner er grunnmuren.", result.Input!.Answers[0].Text);
    }

    [Fact]
    public void Missing_or_blank_answer_is_an_Empty_error_for_that_field()
    {
        var result = ReflectionSubmission.Parse(Json("""{"roundId":"r1","answer_budskap":"   "}"""), Questions);

        Assert.False(result.IsValid);
        Assert.Null(result.Input);
        Assert.Equal(
            [new ReflectionFieldError("budskap", ReflectionErrorKind.Empty, 10), new ReflectionFieldError("praksis", ReflectionErrorKind.Empty, 10)],
            result.Errors);
    }

    [Fact]
    public void Too_short_answer_is_a_TooShort_error_and_the_typed_text_is_kept()
    {
        var result = ReflectionSubmission.Parse(Json(Flat("Kort", "Faste rutiner i timene.")), Questions);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new ReflectionFieldError("budskap", ReflectionErrorKind.TooShort, 10), error);
        Assert.Equal("Kort", result.Typed["budskap"]);
        Assert.Equal("Faste rutiner i timene.", result.Typed["praksis"]);
    }

    [Fact]
    public void Too_long_answer_is_a_TooLong_error_with_the_limit()
    {
        var questions = new[] { new ReflectionQuestion("budskap", "Spørsmål", MinLength: 2, MaxLength: 20) };

        var result = ReflectionSubmission.Parse(Json("""{"roundId":"r1","answer_budskap":"Dette svaret er altfor langt for feltet"}"""), questions);

        Assert.Equal(new ReflectionFieldError("budskap", ReflectionErrorKind.TooLong, 20), Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("\"tekst\"")]
    [InlineData("[]")]
    [InlineData("""{"action":"ikke et objekt"}""")]
    [InlineData("""{"roundId":7,"answer_budskap":["a"],"answer_praksis":{"x":1}}""")]
    public void Odd_values_give_errors_not_exceptions(string value)
    {
        var result = ReflectionSubmission.Parse(Json(value), Questions);

        Assert.False(result.IsValid);
        Assert.Null(result.RoundId);
        Assert.Equal(2, result.Errors.Count);
    }

    [Fact]
    public void Valid_answers_without_a_round_id_give_no_input()
    {
        var result = ReflectionSubmission.Parse(Json("""{"answer_budskap":"Relasjoner er grunnmuren.","answer_praksis":"Faste rutiner i timene."}"""), Questions);

        Assert.Empty(result.Errors);
        Assert.Null(result.RoundId);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Form_built_from_a_failed_parse_shows_the_typed_text_again()
    {
        var result = ReflectionSubmission.Parse(Json(Flat("Kort", "")), Questions);
        var form = ReflectionCardSamples.Form() with { Answers = result.Typed, Errors = result.Errors };

        var json = SkoleUtvikling.Cards.Common.CardJson.Serialize(ReflectionFormCard.Build(form));

        Assert.Contains("\"value\":\"Kort\"", json, StringComparison.Ordinal);
        Assert.Contains(ReflectionCardTexts.Error(result.Errors[1]), json, StringComparison.Ordinal);
    }
}
