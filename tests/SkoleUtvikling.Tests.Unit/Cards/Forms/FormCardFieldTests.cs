using SkoleUtvikling.Cards.Forms;

namespace SkoleUtvikling.Tests.Unit.Cards.Forms;

public sealed class FormCardFieldTests
{
    [Theory]
    [InlineData("")]
    [InlineData("med_understrek")]
    [InlineData("med mellomrom")]
    [InlineData("æøå")]
    public void A_field_id_that_could_collide_with_input_ids_is_refused(string id)
    {
        Assert.Throws<ArgumentException>(() => FormCardField.ShortText(id, "Tittel"));
    }

    [Fact]
    public void Limits_that_are_no_range_are_refused()
    {
        Assert.Throws<ArgumentException>(() => FormCardField.ShortText("a", "A", maxLength: 10, minLength: 11));
        Assert.Throws<ArgumentException>(() => FormCardField.LongText("a", "A", maxLength: FormCardLimits.TextMaxLengthLimit + 1));
        Assert.Throws<ArgumentException>(() => FormCardField.Date("a", "A", new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1)));
        Assert.Throws<ArgumentException>(() => FormCardField.Time("a", "A", new TimeOnly(15, 0), new TimeOnly(8, 0)));
        Assert.Throws<ArgumentException>(() => FormCardField.Number("a", "A", 10, 1));
        Assert.Throws<ArgumentException>(() => FormCardField.Points("a", "A", maxPoints: FormCardLimits.MaxPointsLimit + 1));
        Assert.Throws<ArgumentException>(() => FormCardField.Points("a", "A", maxPoints: 2, initialPoints: 3));
    }

    [Fact]
    public void Choices_must_be_unique_without_commas_and_titled()
    {
        Assert.Throws<ArgumentException>(() => FormCardField.Choice("a", "A", []));
        Assert.Throws<ArgumentException>(() => FormCardField.Choice("a", "A", [new("x,y", "X")]));
        Assert.Throws<ArgumentException>(() => FormCardField.Choice("a", "A", [new("x", "X"), new("x", "Y")]));
        Assert.Throws<ArgumentException>(() => FormCardField.Choice("a", "A", [new("x", " ")]));
    }

    [Fact]
    public void Every_error_kind_has_its_own_bokmal_text()
    {
        var texts = Enum.GetValues<FormCardErrorKind>()
            .Where(k => k != FormCardErrorKind.Custom)
            .Select(k => FormCardTexts.Error(new FormCardError("a", k, "5")))
            .ToList();

        Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("Velg en hverdag.", FormCardTexts.Error(FormCardError.Custom("a", "Velg en hverdag.")));
    }

    [Fact]
    public void The_clients_own_error_message_names_the_allowed_range()
    {
        Assert.Equal("Velg en gyldig dato fra 26.09.2026 til 06.10.2026.",
            FormCardTexts.InputError(FormCardField.Date("a", "A", new DateOnly(2026, 9, 26), new DateOnly(2026, 10, 6))));
        Assert.Equal("Skriv et helt tall fra og med 5.", FormCardTexts.InputError(FormCardField.Number("a", "A", 5)));
        Assert.Equal("Skriv minst 3 tegn.", FormCardTexts.InputError(FormCardField.ShortText("a", "A", minLength: 3)));
    }
}
