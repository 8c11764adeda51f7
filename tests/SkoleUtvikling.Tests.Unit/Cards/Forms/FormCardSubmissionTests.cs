using System.Text.Json;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Forms;

namespace SkoleUtvikling.Tests.Unit.Cards.Forms;

public sealed class FormCardSubmissionTests
{
    private static readonly FormCardModel Form = FormCardSamples.AllKinds();

    private static Dictionary<string, object?> Valid() => new()
    {
        ["verb"] = "sample.form.submit",
        ["roundId"] = FormCardSamples.RoundId,
        ["formVersion"] = "v3",
        ["answer_tittel"] = "  Ny timeplan  ",
        ["answer_beskrivelse"] = "Vi foreslår å flytte fellestiden til torsdag.",
        ["answer_frist"] = "2026-10-01",
        ["answer_start"] = "14:30",
        ["answer_rom"] = "bibliotek",
        ["answer_trinn"] = "10,8",
        ["answer_minutter"] = "30",
        ["answer_punkter_1"] = "Lese kapittel 3",
    };

    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static FormCardResult Parse(Action<Dictionary<string, object?>> change)
    {
        var value = Valid();
        change(value);
        return FormCardSubmission.Parse(Json(value), Form);
    }

    [Fact]
    public void A_valid_submit_gives_one_typed_answer_per_field_with_data_and_version()
    {
        var result = FormCardSubmission.Parse(Json(Valid()), Form);

        Assert.True(result.IsValid, string.Join(", ", result.Errors));
        Assert.Equal(FormCardAction.Submit, result.Action);
        Assert.Equal("Ny timeplan", result.Answer("tittel")!.Text);
        Assert.Equal(new DateOnly(2026, 10, 1), result.Answer("frist")!.Date);
        Assert.Equal("2026-10-01", result.Answer("frist")!.Text);
        Assert.Equal(new TimeOnly(14, 30), result.Answer("start")!.Time);
        Assert.Equal(["bibliotek"], result.Answer("rom")!.Items);
        Assert.Equal(["8", "10"], result.Answer("trinn")!.Items);
        Assert.Equal("8,10", result.Answer("trinn")!.Text);
        Assert.Equal(30m, result.Answer("minutter")!.Number);
        Assert.Equal(["Lese kapittel 3"], result.Answer("punkter")!.Items);
        Assert.Equal("8,10", result.AnswerTexts()["trinn"]);
        Assert.Equal(Form.Fields.Count, result.AnswerTexts().Count);
        Assert.Equal(FormCardSamples.RoundId, result.Data["roundId"]);
        Assert.Equal("v3", result.Version);
        Assert.False(result.Data.ContainsKey("verb"));
        Assert.False(result.Data.ContainsKey("answer_tittel"));
    }

    [Fact]
    public void An_optional_field_left_empty_has_no_answer_and_no_error()
    {
        var result = Parse(v => v.Remove("answer_rom"));

        Assert.True(result.IsValid);
        Assert.Null(result.Answer("rom"));
        Assert.Equal("", result.Typed["rom"]);
    }

    [Fact]
    public void The_invoke_and_dialog_shapes_are_read_like_a_flat_submit()
    {
        var flat = Valid();
        var invoke = FormCardSubmission.Parse(Json(new { action = new { type = "Action.Execute", verb = "sample.form.submit", data = flat }, trigger = "manual" }), Form);
        var dialog = FormCardSubmission.Parse(Json(new { data = flat, context = new { theme = "dark" } }), Form);

        Assert.True(invoke.IsValid);
        Assert.True(dialog.IsValid);
        Assert.Equal("v3", invoke.Version);
        Assert.Equal(FormCardSamples.RoundId, dialog.Data["roundId"]);
    }

    public static TheoryData<string, string?, FormCardError> WrongAnswers() => new()
    {
        { "answer_tittel", "", new("tittel", FormCardErrorKind.Missing, "3") },
        { "answer_tittel", " Ny ", new("tittel", FormCardErrorKind.TooShort, "3") },
        { "answer_beskrivelse", new string('a', 1001), new("beskrivelse", FormCardErrorKind.TooLong, "1000") },
        { "answer_frist", "1. oktober", new("frist", FormCardErrorKind.NotADate, Message: "1. oktober") },
        { "answer_frist", "2026-02-30", new("frist", FormCardErrorKind.NotADate, Message: "2026-02-30") },
        { "answer_frist", "2026-09-25", new("frist", FormCardErrorKind.DateTooEarly, "26.09.2026") },
        { "answer_frist", "2026-10-07", new("frist", FormCardErrorKind.DateTooLate, "06.10.2026") },
        { "answer_start", "halv tre", new("start", FormCardErrorKind.NotATime, Message: "halv tre") },
        { "answer_start", "25:00", new("start", FormCardErrorKind.NotATime, Message: "25:00") },
        { "answer_start", "07:59", new("start", FormCardErrorKind.TimeTooEarly, "08.00") },
        { "answer_start", "15:01", new("start", FormCardErrorKind.TimeTooLate, "15.00") },
        { "answer_minutter", "mange", new("minutter", FormCardErrorKind.NotANumber, Message: "mange") },
        { "answer_minutter", "12.5", new("minutter", FormCardErrorKind.NotAWholeNumber) },
        { "answer_minutter", "4", new("minutter", FormCardErrorKind.NumberTooSmall, "5") },
        { "answer_minutter", "91", new("minutter", FormCardErrorKind.NumberTooLarge, "90") },
        { "answer_rom", "kjeller", new("rom", FormCardErrorKind.NotAChoice) },
        { "answer_rom", "motesal,bibliotek", new("rom", FormCardErrorKind.NotAChoice) },
        { "answer_trinn", "8,11", new("trinn", FormCardErrorKind.NotAChoice) },
        { "answer_trinn", null, new("trinn", FormCardErrorKind.Missing) },
        { "answer_punkter_1", null, new("punkter", FormCardErrorKind.NoPoints) },
    };

    [Theory]
    [MemberData(nameof(WrongAnswers))]
    public void A_wrong_answer_is_one_error_on_its_field_and_the_typed_value_is_kept(string inputId, string? sent, FormCardError expected)
    {
        var result = Parse(v => v[inputId] = sent);

        Assert.False(result.IsValid);
        Assert.Empty(result.Answers);
        Assert.Equal(expected, Assert.Single(result.Errors));
        Assert.False(string.IsNullOrWhiteSpace(FormCardTexts.Error(expected)));
        if (sent is not null && !inputId.StartsWith("answer_punkter", StringComparison.Ordinal))
        {
            Assert.Equal(sent, result.Typed[expected.FieldId]);
        }
    }

    [Fact]
    public void A_draft_may_leave_required_fields_empty_and_short_but_not_too_long_or_malformed()
    {
        var empty = FormCardSubmission.Parse(Json(new { verb = "sample.form.draft", answer_tittel = "Ny" }), Form);
        var malformed = FormCardSubmission.Parse(Json(new { verb = "sample.form.draft", answer_frist = "i morgen", answer_beskrivelse = new string('a', 1001) }), Form);

        Assert.Equal(FormCardAction.Draft, empty.Action);
        Assert.True(empty.IsValid);
        Assert.Equal("Ny", Assert.Single(empty.Answers).Text);
        Assert.Equal([FormCardErrorKind.TooLong, FormCardErrorKind.NotADate], malformed.Errors.Select(e => e.Kind).Order());
    }

    [Fact]
    public void Cancel_checks_nothing_and_is_not_valid_to_save()
    {
        var result = FormCardSubmission.Parse(Json(new { verb = "sample.form.cancel", roundId = "r1" }), Form);

        Assert.Equal(FormCardAction.Cancel, result.Action);
        Assert.Empty(result.Errors);
        Assert.False(result.IsValid);
        Assert.Equal("r1", result.Data["roundId"]);
    }

    [Fact]
    public void A_missing_or_foreign_verb_is_checked_as_strictly_as_Send_inn()
    {
        var missing = FormCardSubmission.Parse(Json(new { roundId = "r1" }), Form);
        var foreign = FormCardSubmission.Parse(Json(new { verb = "plan.publish" }), Form);

        Assert.Equal(FormCardAction.Submit, missing.Action);
        Assert.Equal(FormCardAction.Submit, foreign.Action);
        Assert.Contains(missing.Errors, e => e.Kind == FormCardErrorKind.Missing);
        Assert.False(foreign.IsValid);
    }

    [Fact]
    public void A_failed_submit_shown_again_keeps_every_typed_value_and_shows_the_errors()
    {
        var result = Parse(v =>
        {
            v["answer_tittel"] = "Ny";
            v["answer_minutter"] = "300";
            v["answer_punkter_1"] = "Lese kapittel 3";
            v["answer_punkter_2"] = "Elevsamtaler";
        });

        var json = CardJson.Serialize(FormCard.Build(result.ShowAgain(Form)));

        Assert.Contains("\"value\":\"Ny\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":300", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Elevsamtaler\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"2026-10-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"14:30\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"8,10\"", json, StringComparison.Ordinal);
        Assert.Contains(FormCardTexts.Error(new FormCardError("tittel", FormCardErrorKind.TooShort, "3")), json, StringComparison.Ordinal);
        Assert.Contains(FormCardTexts.Error(new FormCardError("minutter", FormCardErrorKind.NumberTooLarge, "90")), json, StringComparison.Ordinal);
        Assert.Contains("\"formVersion\":\"v3\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("\"tekst\"")]
    [InlineData("[]")]
    [InlineData("""{"action":"ikke et objekt"}""")]
    [InlineData("""{"action":{"data":[1,2]}}""")]
    [InlineData("""{"data":"x","verb":5}""")]
    [InlineData("""{"roundId":7,"formVersion":{"a":1},"answer_tittel":["a"],"answer_frist":20261001,"answer_minutter":30,"answer_trinn":true,"answer_punkter_1":{"x":1}}""")]
    public void Odd_values_and_wrong_json_types_give_errors_not_exceptions(string value)
    {
        var result = FormCardSubmission.Parse(Json(value), Form);

        Assert.False(result.IsValid);
        Assert.Null(result.Version);
        Assert.False(result.Data.ContainsKey("roundId"));
        Assert.Contains(result.Errors, e => e.FieldId == "tittel" && e.Kind == FormCardErrorKind.Missing);
        Assert.All(Form.Fields, f => Assert.Equal("", result.Typed[f.Id]));
        _ = FormCard.Build(result.ShowAgain(Form));
    }

    [Fact]
    public void Huge_strings_are_capped_and_still_reported_as_too_long()
    {
        var huge = new string('å', 2_000_000);
        var result = Parse(v =>
        {
            v["answer_beskrivelse"] = huge;
            v["answer_frist"] = huge;
            v["answer_rom"] = huge;
            v["answer_punkter_1"] = huge;
            v["roundId"] = huge;
            v["formVersion"] = huge;
        });

        Assert.Equal(1000 + FormCardLimits.TypedSlack, result.Typed["beskrivelse"].Length);
        Assert.Equal(FormCardLimits.ShortValueCap, result.Typed["frist"].Length);
        Assert.True(result.Typed["rom"].Length <= FormCardLimits.TypedCap(Form.Field("rom")!));
        Assert.Equal(300 + FormCardLimits.TypedSlack, result.Typed["punkter"].Length);
        Assert.Equal(FormCardLimits.DataValueCap, result.Data["roundId"].Length);
        Assert.Equal(FormCardLimits.DataValueCap, result.Version!.Length);
        Assert.Contains(new FormCardError("beskrivelse", FormCardErrorKind.TooLong, "1000"), result.Errors);
        Assert.Contains(result.Errors, e => e.Kind == FormCardErrorKind.NotADate && e.Message!.Length <= 21);
        Assert.True(CardJson.Serialize(FormCard.Build(result.ShowAgain(Form))).Length < 28 * 1024);
    }

    [Fact]
    public void Only_a_bounded_number_of_own_data_keys_come_back()
    {
        var value = Valid();
        for (var i = 0; i < 1000; i++)
        {
            value[$"key{i}"] = "x";
        }

        var result = FormCardSubmission.Parse(Json(value), Form);

        Assert.Equal(FormCardLimits.MaxDataKeys, result.Data.Count);
        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("14:30", 14, 30)]
    [InlineData("9:05", 9, 5)]
    [InlineData("14:30:59", 14, 30)]
    public void Times_are_read_as_clients_send_them(string sent, int hour, int minute)
    {
        var result = Parse(v => v["answer_start"] = sent);

        Assert.Equal(new TimeOnly(hour, minute), result.Answer("start")!.Time);
    }

    [Fact]
    public void A_decimal_number_field_takes_a_point_or_a_comma()
    {
        var form = new FormCardModel("Tall", [FormCardField.Number("timer", "Timer", 0, 10, wholeNumber: false)], new FormCardVerbs("x.submit"));

        Assert.Equal(2.5m, FormCardSubmission.Parse(Json(new { answer_timer = "2.5" }), form).Answer("timer")!.Number);
        Assert.Equal(2.5m, FormCardSubmission.Parse(Json(new { answer_timer = "2,5" }), form).Answer("timer")!.Number);
        Assert.Equal("Tallet kan være høyst 10.", FormCardTexts.Error(Assert.Single(FormCardSubmission.Parse(Json(new { answer_timer = "10.5" }), form).Errors)));
    }
}
