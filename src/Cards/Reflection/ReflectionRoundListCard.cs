using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Reflection;

/// <summary>A leader's rounds with counts; «Vis notater» opens one round's notes (Action.Execute).</summary>
public static class ReflectionRoundListCard
{
    public static JsonObject Build(IReadOnlyList<ReflectionRoundLine> rounds)
    {
        var body = new List<JsonNode> { CardElements.Heading(ReflectionCardTexts.RoundListHeading) };
        if (rounds.Count == 0)
        {
            body.Add(CardElements.Text(ReflectionCardTexts.NoRounds));
            return CardElements.Card([.. body]);
        }

        foreach (var round in rounds)
        {
            var data = new Dictionary<string, string> { [ReflectionFields.RoundId] = round.RoundId };
            var container = CardElements.Container(null,
                CardElements.Text(round.Title, bold: true),
                CardElements.Facts([(ReflectionCardTexts.MeetingLabel, round.Meeting), (ReflectionCardTexts.DeadlineLabel, round.Deadline)]),
                CardElements.Text(ReflectionCardTexts.Delivered(round.Delivered, round.Expected)),
                CardActions.ActionSet(CardActions.Execute(ReflectionCardTexts.ShowNotes, ActionIds.ReflectionRoundShow, data)));
            container["separator"] = true;
            body.Add(container);
        }

        return CardElements.Card([.. body]);
    }
}
