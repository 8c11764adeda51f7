using System.Text;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Reflection;
using static SkoleUtvikling.Tests.Unit.Cards.Reflection.ReflectionCardQuery;

namespace SkoleUtvikling.Tests.Unit.Cards.Reflection;

public sealed class ReflectionRoundCardTests
{
    [Fact]
    public void Small_round_shows_every_note_with_name_time_answers_and_a_plenum_toggle()
    {
        var model = ReflectionCardSamples.Round(4);

        var card = ReflectionRoundCard.Build(model);

        var texts = Texts(card).ToList();
        Assert.Equal(ReflectionCardTexts.RoundHeading, texts[0]);
        Assert.Contains("4 av 30 har levert", texts);
        var toggles = OfType(card, "Input.Toggle").ToList();
        Assert.Equal(model.Notes.Select(n => ReflectionFields.PickForPlenum(n.NoteId)), toggles.Select(t => (string)t["id"]!));
        Assert.Equal(model.Notes.Select(n => n.PickedForPlenum ? "true" : "false"), toggles.Select(t => (string)t["value"]!));
        Assert.All(model.Notes, n => Assert.Contains(texts, t => t.StartsWith(n.Author + " · " + n.SubmittedAt, StringComparison.Ordinal)));
        Assert.DoesNotContain(texts, t => t.StartsWith("… og", StringComparison.Ordinal));
    }

    [Fact]
    public void Long_notes_show_a_preview_and_a_hidden_full_text_toggled_by_Vis_hele()
    {
        var card = ReflectionRoundCard.Build(ReflectionCardSamples.Round(4));

        var toggle = OfType(card, "Action.ToggleVisibility").First();
        var targets = toggle["targetElements"]!.AsArray().Select(t => (string)t!).ToList();
        var full = All(card).Single(o => (string?)o["id"] == targets[1]);
        Assert.False((bool)full["isVisible"]!);
        Assert.Contains(Texts(full), t => t.Length > ReflectionRoundCard.PreviewChars);
        var preview = All(card).Single(o => (string?)o["id"] == targets[0]);
        Assert.All(Texts(preview), t => Assert.True(t.Length <= ReflectionRoundCard.PreviewChars + 2, t));
    }

    [Fact]
    public void Del_utvalgte_i_plenum_and_the_Word_document_are_Action_Execute_with_Submit_fallback()
    {
        var card = ReflectionRoundCard.Build(ReflectionCardSamples.Round(4));

        var actions = OfType(card, "Action.Execute").ToList();
        Assert.Equal(new[] { ActionIds.ReflectionSharePlenum, ActionIds.ReflectionRoundDocument }, actions.Select(a => (string)a["verb"]!));
        Assert.Equal(ReflectionCardTexts.SharePicked, (string?)actions[0]["title"]);
        Assert.Equal(ReflectionCardTexts.RoundDocument, (string?)actions[1]["title"]);
        Assert.All(actions, a => Assert.Equal("Action.Submit", (string?)a["fallback"]!["type"]));
    }

    [Fact]
    public void Large_round_is_cut_under_28_KB_and_says_how_many_are_left_out()
    {
        var card = ReflectionRoundCard.Build(ReflectionCardSamples.Round(120));

        var bytes = Encoding.UTF8.GetByteCount(CardJson.Serialize(card));
        Assert.True(bytes <= 28 * 1024, $"{bytes} bytes");
        var shown = OfType(card, "Input.Toggle").Count();
        Assert.InRange(shown, 5, 119);
        Assert.Contains(ReflectionCardTexts.MoreNotes(120 - shown), Texts(card));
        Assert.Equal(2, OfType(card, "Action.Execute").Count());
    }

    [Fact]
    public void Empty_round_says_nobody_has_delivered_and_has_no_share_action()
    {
        var card = ReflectionRoundCard.Build(ReflectionCardSamples.Round(0));

        Assert.Contains(ReflectionCardTexts.NoNotes, Texts(card));
        Assert.Empty(OfType(card, "Action.Execute"));
    }

    [Fact]
    public void Picked_toggle_ids_map_back_to_note_ids()
    {
        Assert.True(ReflectionFields.IsPickForPlenum(ReflectionFields.PickForPlenum("note-007"), out var noteId));
        Assert.Equal("note-007", noteId);
        Assert.False(ReflectionFields.IsPickForPlenum(ReflectionFields.RoundId, out _));
    }

    [Fact]
    public void Leaders_see_who_has_not_delivered_yet()
    {
        var card = ReflectionRoundCard.Build(ReflectionCardSamples.Round(4));

        Assert.Contains("Ikke levert ennå: Ola Hansen, Per Johansen.", Texts(card));
    }
}
