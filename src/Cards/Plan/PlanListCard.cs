using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Plan;

/// <summary>The answer to <c>plan</c>: the next meetings, as compact blocks.</summary>
public static class PlanListCard
{
    public const int MaxShown = 10;

    public static JsonObject Build(string heading, IReadOnlyList<PlanEventLine> lines)
    {
        var body = new List<JsonNode> { CardElements.Heading(heading) };
        if (lines.Count == 0)
        {
            body.Add(CardElements.Text(PlanCardTexts.ListEmpty));
        }

        body.AddRange(lines.Take(MaxShown).Select(PlanEventLines.Line));
        return CardElements.Card([.. body]);
    }
}
