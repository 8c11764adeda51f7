using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Bot.Filing;

namespace SkoleUtvikling.Tests.Unit.Filing;

public sealed class FilingPathTests
{
    [Fact]
    public void A_reflection_note_is_under_Refleksjonsnotater_and_the_meeting()
    {
        var path = ReflectionFiling.Notes.PathFor("Møte 2", "Kari Nordmann");

        Assert.Equal("Refleksjonsnotater/Møte 2/Kari Nordmann.docx", path.ToString());
        Assert.Equal(["Refleksjonsnotater", "Møte 2"], path.Folders);
        Assert.Equal("Kari Nordmann.docx", path.FileName);
    }

    [Theory]
    [InlineData("Møte 3: Lesing/skriving", "Møte 3- Lesing-skriving")]
    [InlineData("a\"b*c<d>e?f\\g|h#i%j", "a-b-c-d-e-f-g-h-i-j")]
    [InlineData("  Kari \t  Nordmann  ", "Kari Nordmann")]
    [InlineData("~$Kari", "$Kari")]
    [InlineData("Slutt...", "Slutt")]
    [InlineData("CON", "_CON")]
    [InlineData("nul.docx", "_nul.docx")]
    [InlineData("_vti_x", "__vti_x")]
    [InlineData("Ærlig Østen Åse", "Ærlig Østen Åse")]
    public void Names_are_made_valid_for_SharePoint(string input, string expected) =>
        Assert.Equal(expected, FilingPath.SanitizeSegment(input));

    [Fact]
    public void Decomposed_letters_are_composed_so_the_same_name_gives_the_same_path()
    {
        Assert.Equal(FilingPath.SanitizeSegment("Åse"), FilingPath.SanitizeSegment("A\u030Ase"));
    }

    [Fact]
    public void Long_names_are_shortened_keeping_the_extension()
    {
        var name = FilingPath.SanitizeSegment(new string('x', 300) + ".docx");

        Assert.Equal(120, name.Length);
        Assert.EndsWith("x.docx", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    public void A_name_with_nothing_usable_is_rejected(string input) =>
        Assert.Throws<ArgumentException>(() => FilingPath.SanitizeSegment(input));

    [Fact]
    public void Paths_with_the_same_segments_are_equal()
    {
        Assert.Equal(ReflectionFiling.Notes.PathFor("Møte 1", "Kari"), ReflectionFiling.Notes.PathFor("Møte 1", "Kari"));
        Assert.NotEqual(ReflectionFiling.Notes.PathFor("Møte 1", "Kari"), ReflectionFiling.Notes.PathFor("Møte 2", "Kari"));
    }
}
