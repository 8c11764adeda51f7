using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Features.Reflection;

namespace SkoleUtvikling.Tests.Unit.Features.Reflection;

public class ReflectionNoteFormTests
{
    [Fact]
    public void The_default_note_asks_the_two_standard_questions_both_required_with_a_minimum_length()
    {
        var form = ReflectionNoteForm.Default;

        Assert.Equal(["Hvilket budskap har denne teksten?", "Hvilken betydning har den for din praksis?"], form.Fields.Select(f => f.Label));
        Assert.All(form.Fields, f => Assert.True(f.Required && f.Kind == FieldKind.LongText && f.MinLength == 20));
    }

    [Fact]
    public void Questions_set_by_the_plan_replace_the_default_ones_in_order()
    {
        var form = ReflectionNoteForm.WithQuestions(["Hva overrasket deg?", "  ", "Hva prøver du neste uke?"]);

        Assert.Equal(["q1", "q2"], form.Fields.Select(f => f.Id));
        Assert.Equal("Hva prøver du neste uke?", form.Fields[1].Label);
    }

    [Fact]
    public void Only_blank_questions_fall_back_to_the_default_ones()
    {
        Assert.Same(ReflectionNoteForm.Default, ReflectionNoteForm.WithQuestions([" ", ""]));
    }

    [Fact]
    public void A_form_with_the_same_field_id_twice_is_a_configuration_error()
    {
        var field = new FormField("q1", "Spørsmål", FieldKind.ShortText);

        var error = Assert.Throws<ArgumentException>(() => new FormDefinition("f", "Skjema", [field, field]));
        Assert.Contains("'q1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimum_length_above_the_maximum_is_a_configuration_error()
    {
        Assert.Throws<ArgumentException>(() => new FormField("q1", "Spørsmål", FieldKind.LongText, minLength: 50, maxLength: 10));
    }
}
