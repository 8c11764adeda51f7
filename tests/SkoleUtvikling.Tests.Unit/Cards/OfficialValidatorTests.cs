namespace SkoleUtvikling.Tests.Unit.Cards;

/// <summary>Every card in <see cref="CardCatalog"/> passes the official Adaptive Cards JS library and our card rules.</summary>
public sealed class OfficialValidatorTests(OfficialValidatorRun run) : IClassFixture<OfficialValidatorRun>
{
    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void Card_passes_the_official_Adaptive_Cards_validator(string name)
    {
        Assert.True(run.SetupError is null, run.SetupError);
        Assert.True(run.ErrorsByCard.TryGetValue(name, out var errors), $"the validator reported nothing for {name}:\n{run.Output}");
        Assert.True(errors.Count == 0, $"{name}:\n  " + string.Join("\n  ", errors));
    }

    [Fact]
    public void Catalog_names_are_unique_and_safe_as_file_names()
    {
        var names = CardCatalog.All.Select(c => c.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.Matches("^[a-z0-9-]+$", n));
    }
}
