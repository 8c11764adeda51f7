using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Bot.Collection;

namespace SkoleUtvikling.Tests.Unit.Collection;

public class FilingPolicyTests
{
    private static readonly FilingPolicy Notes = ReflectionFiling.Notes;

    [Fact]
    public void A_note_is_filed_under_Refleksjonsnotater_the_meeting_and_the_persons_name()
    {
        var meeting = FilingPolicy.MeetingFolder(new DateOnly(2026, 12, 1), "Fellestid lesing");

        Assert.Equal("Refleksjonsnotater/2026-12-01 Fellestid lesing/Kari Nordmann.docx", Notes.PathFor(meeting, "Kari Nordmann").ToString());
    }

    [Fact]
    public void The_same_input_always_gives_the_same_name()
    {
        Assert.Equal(Notes.PathFor("Møte 3", "Åse Øyen"), Notes.PathFor("Møte 3", "Åse Øyen"));
    }

    [Fact]
    public void Characters_SharePoint_refuses_do_not_reach_the_path()
    {
        var path = Notes.PathFor("Lesing: del 1/2", "Kari|Ola \"#1\"");

        Assert.Equal(3, path.Segments.Count());
        Assert.DoesNotContain(path.Segments, s => s.IndexOfAny(['"', '*', ':', '<', '>', '?', '/', '\\', '|', '#', '%']) >= 0);
    }

    [Fact]
    public void Norwegian_letters_stay_and_are_normalized_so_both_spellings_of_å_give_one_file()
    {
        var decomposed = "A\u030Ase"; // "Åse" typed as A + combining ring

        Assert.Equal(Notes.PathFor("møte", "Åse"), Notes.PathFor("møte", decomposed));
        Assert.Equal("Åse.docx", Notes.PathFor("møte", decomposed).FileName);
    }

    [Fact]
    public void Two_people_with_the_same_name_are_kept_apart_by_a_disambiguator()
    {
        Assert.NotEqual(Notes.PathFor("møte", "Kari Hansen", "a1b2"), Notes.PathFor("møte", "Kari Hansen", "c3d4"));
        Assert.Equal("Kari Hansen (a1b2).docx", Notes.PathFor("møte", "Kari Hansen", "a1b2").FileName);
    }
}
