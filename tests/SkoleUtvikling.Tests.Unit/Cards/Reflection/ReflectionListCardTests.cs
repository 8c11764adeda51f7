using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Plan;
using SkoleUtvikling.Cards.Reflection;
using SkoleUtvikling.Tests.Unit.Cards;
using static SkoleUtvikling.Tests.Unit.Cards.Reflection.ReflectionCardQuery;

namespace SkoleUtvikling.Tests.Unit.Cards.Reflection;

public sealed class ReflectionListCardTests
{
    [Fact]
    public void Own_notes_card_shows_each_note_with_its_state_and_answers()
    {
        var card = ReflectionOwnNotesCard.Build(ReflectionCardSamples.OwnNotes());

        var texts = Texts(card);
        Assert.Contains("Klasseledelse og relasjoner", texts);
        Assert.Contains("At trygghet kommer før læring, og at relasjonen må bygges hver dag.", texts);
        Assert.Contains("Levert etter fristen", card.ToJsonString(CardJson.Options));
        Assert.Empty(OfType(card, "Action.Submit"));
        Assert.Empty(OfType(card, "Action.Execute"));
    }

    [Fact]
    public void Own_notes_card_without_notes_says_so()
    {
        Assert.Contains(ReflectionCardTexts.NoOwnNotes, Texts(ReflectionOwnNotesCard.Build([])));
    }

    [Fact]
    public void Round_list_card_has_one_show_button_per_round_carrying_its_id()
    {
        var card = ReflectionRoundListCard.Build(ReflectionCardSamples.RoundLines());

        var buttons = OfType(card, "Action.Execute");
        Assert.Equal(new[] { "r-1", "r-2" }, buttons.Select(b => (string)b["data"]![ReflectionFields.RoundId]!));
        Assert.All(buttons, b => Assert.Equal(ActionIds.ReflectionRoundShow, (string?)b["verb"]));
        Assert.Contains("12 av 30 har levert", Texts(card));
    }

    [Fact]
    public void Lesebestilling_post_with_a_round_carries_the_count_and_the_write_button_but_no_inputs()
    {
        var card = MeetingPostCard.Build(PlanCardSamples.MeetingPost(MeetingPostKind.Lesebestilling) with { Sections = ReflectionCountCard.Section(ReflectionCardSamples.Count()) });

        Assert.Contains("12 av 30 har levert", Texts(card));
        Assert.Contains(OfType(card, "Action.Submit"), a => (string?)a["title"] == ReflectionCardTexts.Write);
        Assert.Empty(OfType(card, "Input.Text"));
    }

    [Fact]
    public void Lesebestilling_post_without_a_round_has_no_write_button()
    {
        var card = MeetingPostCard.Build(PlanCardSamples.MeetingPost(MeetingPostKind.Lesebestilling));

        Assert.DoesNotContain(OfType(card, "Action.Submit"), a => (string?)a["title"] == ReflectionCardTexts.Write);
    }
}
