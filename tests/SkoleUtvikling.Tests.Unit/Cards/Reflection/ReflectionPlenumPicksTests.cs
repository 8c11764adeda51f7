using System.Text.Json;
using SkoleUtvikling.Cards.Reflection;
using static SkoleUtvikling.Tests.Unit.Cards.Reflection.ReflectionCardQuery;

namespace SkoleUtvikling.Tests.Unit.Cards.Reflection;

public sealed class ReflectionPlenumPicksTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Fact]
    public void Flat_submit_gives_the_round_and_the_notes_whose_toggle_is_on()
    {
        var (roundId, notes) = ReflectionPlenumPicks.Parse(Json(
            """{"verb":"reflection.share-plenum","roundId":"r1","plenum_note-001":"true","plenum_note-002":"false","plenum_note-003":"true"}"""));

        Assert.Equal("r1", roundId);
        Assert.Equal(["note-001", "note-003"], notes);
    }

    [Fact]
    public void Invoke_value_built_from_the_round_cards_own_toggle_ids_is_read_from_action_data()
    {
        var card = ReflectionRoundCard.Build(ReflectionCardSamples.Round(4));
        var data = new Dictionary<string, string> { [ReflectionFields.RoundId] = ReflectionCardSamples.RoundId };
        foreach (var toggle in OfType(card, "Input.Toggle"))
        {
            data[(string)toggle["id"]!] = (string)toggle["value"]!;
        }

        var value = JsonSerializer.Serialize(new { action = new { type = "Action.Execute", verb = "reflection.share-plenum", data }, trigger = "manual" });
        var (roundId, notes) = ReflectionPlenumPicks.Parse(Json(value));

        Assert.Equal(ReflectionCardSamples.RoundId, roundId);
        Assert.Equal(ReflectionCardSamples.Round(4).Notes.Where(n => n.PickedForPlenum).Select(n => n.NoteId), notes);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("""{"plenum_note-001":true,"plenum_":"true"}""")]
    public void Odd_values_give_no_round_and_no_picks(string value)
    {
        var (roundId, notes) = ReflectionPlenumPicks.Parse(Json(value));

        Assert.Null(roundId);
        Assert.Empty(notes);
    }
}
