using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Features.Reflection;

namespace SkoleUtvikling.Tests.Unit.Collection;

public class FormValidatorTests
{
    private static readonly FormDefinition Reflection = ReflectionNoteForm.Default;

    private static readonly FormDefinition Booking = new("booking", "Booking",
    [
        new FormField("tid", "Hvilken dag passer?", FieldKind.Date),
        new FormField("sted", "Hvor?", FieldKind.Choice, choices: [new("bibliotek", "Biblioteket"), new("rom12", "Rom 12")]),
        new FormField("kommentar", "Kommentar", FieldKind.ShortText, required: false, maxLength: 10),
    ]);

    [Fact]
    public void Good_answers_to_the_reflection_note_are_valid()
    {
        var result = FormValidator.Validate(Reflection, RoundBuilder.GoodAnswers());

        Assert.True(result.IsValid);
        Assert.Equal(2, result.Answers.Count);
    }

    [Fact]
    public void An_empty_required_answer_is_missing_with_a_bokmål_message()
    {
        var answers = RoundBuilder.GoodAnswers();
        answers["q2"] = "   ";

        var error = Assert.Single(FormValidator.Validate(Reflection, answers).Errors);

        Assert.Equal(new FieldError("q2", FieldErrorKind.Missing, "Dette feltet må fylles ut."), error);
    }

    [Fact]
    public void An_answer_not_sent_at_all_is_missing()
    {
        var result = FormValidator.Validate(Reflection, new Dictionary<string, string?> { ["q1"] = RoundBuilder.GoodAnswers()["q1"] });

        Assert.Equal("q2", Assert.Single(result.Errors).FieldId);
    }

    [Fact]
    public void A_too_short_answer_says_how_many_characters_are_needed_and_typed()
    {
        var answers = RoundBuilder.GoodAnswers();
        answers["q1"] = "  Bra tekst.  ";

        var error = Assert.Single(FormValidator.Validate(Reflection, answers).Errors);

        Assert.Equal(FieldErrorKind.TooShort, error.Kind);
        Assert.Equal("Svaret må ha minst 20 tegn (nå 10).", error.Message);
    }

    [Fact]
    public void A_too_long_answer_is_an_error_on_that_field()
    {
        var answers = RoundBuilder.GoodAnswers();
        answers["q2"] = new string('a', ReflectionNoteForm.MaxAnswerLength + 1);

        var error = Assert.Single(FormValidator.Validate(Reflection, answers).Errors);

        Assert.Equal(("q2", FieldErrorKind.TooLong), (error.FieldId, error.Kind));
        Assert.Equal("Svaret kan ha høyst 4000 tegn (nå 4001).", error.Message);
    }

    [Fact]
    public void Every_bad_field_is_reported_and_what_was_typed_is_kept()
    {
        var answers = new Dictionary<string, string?> { ["q1"] = " kort ", ["ukjent"] = "x" };

        var result = FormValidator.Validate(Reflection, answers);

        Assert.Equal(["q1", "q2"], result.Errors.Select(e => e.FieldId));
        Assert.Equal("kort", result.Answers["q1"]);
        Assert.False(result.Answers.ContainsKey("ukjent"));
    }

    [Fact]
    public void A_choice_outside_the_options_is_refused()
    {
        var result = FormValidator.Validate(Booking, new Dictionary<string, string?> { ["tid"] = "2026-12-01", ["sted"] = "kantina" });

        Assert.Equal(("sted", FieldErrorKind.NotAChoice), (Assert.Single(result.Errors).FieldId, result.Errors[0].Kind));
    }

    [Fact]
    public void A_date_must_be_in_the_format_Input_Date_sends()
    {
        var result = FormValidator.Validate(Booking, new Dictionary<string, string?> { ["tid"] = "1.12.2026", ["sted"] = "rom12" });

        Assert.Equal(("tid", FieldErrorKind.NotADate), (Assert.Single(result.Errors).FieldId, result.Errors[0].Kind));
    }

    [Fact]
    public void An_optional_field_may_be_empty_but_not_too_long()
    {
        var empty = FormValidator.Validate(Booking, new Dictionary<string, string?> { ["tid"] = "2026-12-01", ["sted"] = "rom12" });
        var tooLong = FormValidator.Validate(Booking,
            new Dictionary<string, string?> { ["tid"] = "2026-12-01", ["sted"] = "rom12", ["kommentar"] = "altfor lang kommentar" });

        Assert.True(empty.IsValid);
        Assert.Equal("kommentar", Assert.Single(tooLong.Errors).FieldId);
    }
}
