using SkoleUtvikling.Bot.Collection;

namespace SkoleUtvikling.Tests.Unit.Collection;

public class FilingPolicyTests
{
    private static readonly FilingPolicy Archive = FilingPolicy.ReflectionNotesInLocalArchive;

    [Fact]
    public void A_note_is_filed_under_Refleksjonsnotater_the_meeting_and_the_persons_name()
    {
        var meeting = FilingPolicy.MeetingFolder(new DateOnly(2026, 12, 1), "Fellestid lesing");

        Assert.Equal("Refleksjonsnotater/2026-12-01 Fellestid lesing/Kari Nordmann.docx", Archive.PathFor(meeting, "Kari Nordmann"));
    }

    [Fact]
    public void The_same_input_always_gives_the_same_name()
    {
        Assert.Equal(Archive.PathFor("Møte 3", "Åse Øyen"), Archive.PathFor("Møte 3", "Åse Øyen"));
    }

    [Fact]
    public void Characters_SharePoint_refuses_are_replaced()
    {
        Assert.Equal("Refleksjonsnotater/Lesing_ del 1_2/Kari_Ola __1_.docx", Archive.PathFor("Lesing: del 1/2", "Kari|Ola \"#1\""));
    }

    [Fact]
    public void Norwegian_letters_stay_and_are_normalized_so_both_spellings_of_å_give_one_file()
    {
        var decomposed = "A\u030Ase"; // "Åse" typed as A + combining ring

        Assert.Equal(Archive.PathFor("møte", "Åse"), Archive.PathFor("møte", decomposed));
        Assert.EndsWith("/Åse.docx", Archive.PathFor("møte", decomposed), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  Kari   Nordmann.. ", "Kari Nordmann")]
    [InlineData("Kari\tNordmann\n", "Kari Nordmann")]
    [InlineData("CON", "_CON")]
    [InlineData("com1.txt", "_com1.txt")]
    [InlineData("~$kladd", "_~$kladd")]
    [InlineData(".skjult", "_.skjult")]
    [InlineData("a_vti_b", "a_vti-b")]
    [InlineData("   ", "Uten navn")]
    [InlineData("...", "Uten navn")]
    public void A_name_becomes_one_safe_segment(string name, string expected)
    {
        Assert.Equal(expected, FileNameRules.SafeSegment(name));
    }

    [Fact]
    public void A_long_name_is_cut_without_splitting_an_emoji()
    {
        var name = new string('a', FileNameRules.MaxSegmentLength - 1) + "😀";

        var safe = FileNameRules.SafeSegment(name);

        Assert.Equal(FileNameRules.MaxSegmentLength - 1, safe.Length);
        Assert.False(char.IsHighSurrogate(safe[^1]));
    }

    [Fact]
    public void Two_people_with_the_same_name_are_kept_apart_by_a_disambiguator()
    {
        Assert.NotEqual(Archive.PathFor("møte", "Kari Hansen", "a1b2"), Archive.PathFor("møte", "Kari Hansen", "c3d4"));
        Assert.EndsWith("/Kari Hansen (a1b2).docx", Archive.PathFor("møte", "Kari Hansen", "a1b2"), StringComparison.Ordinal);
    }

    [Fact]
    public void Filing_to_a_channel_needs_the_team_and_channel()
    {
        var policy = FilingPolicy.ReflectionNotesInChannel("team-1", "19:ledere@thread.tacv2");

        Assert.Equal((FilingTarget.LeadersChannelFiles, "team-1"), (policy.Target, policy.TeamId));
        Assert.Throws<ArgumentException>(() => new FilingPolicy(FilingTarget.LeadersChannelFiles, "Refleksjonsnotater"));
    }
}
