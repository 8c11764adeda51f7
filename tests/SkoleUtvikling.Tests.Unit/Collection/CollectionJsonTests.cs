using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;

namespace SkoleUtvikling.Tests.Unit.Collection;

public sealed class CollectionJsonTests
{
    [Fact]
    public void A_stored_form_reads_back_field_for_field()
    {
        var form = new FormDefinition("mellomarbeid", "Mellomarbeid",
        [
            new FormField("q1", "Hva prøvde dere ut?", FieldKind.LongText, required: true, minLength: 20, maxLength: 2000),
            new FormField("trinn", "Trinn", FieldKind.Choice, choices: [new FormChoice("1-4", "1.–4. trinn"), new FormChoice("5-7", "5.–7. trinn")]),
            new FormField("dato", "Dato", FieldKind.Date, required: false),
        ]);

        var back = CollectionJson.DeserializeForm(CollectionJson.Serialize(form));

        Assert.Equal(form.Id, back.Id);
        Assert.Equal(form.Title, back.Title);
        Assert.Equal(form.Fields, back.Fields, (a, b) => a.Id == b.Id && a.Label == b.Label && a.Kind == b.Kind && a.Required == b.Required
            && a.MinLength == b.MinLength && a.MaxLength == b.MaxLength && a.Choices.SequenceEqual(b.Choices));
    }

    [Fact]
    public void Answers_keep_Norwegian_letters_and_line_breaks()
    {
        var answers = new Dictionary<string, string> { ["q1"] = "Æ, ø og å.\nNy linje «sitat»." };

        var json = CollectionJson.Serialize(answers);

        Assert.Contains("Æ, ø og å", json, StringComparison.Ordinal);
        Assert.Equal(answers["q1"], CollectionJson.DeserializeAnswers(json)["q1"]);
    }
}
