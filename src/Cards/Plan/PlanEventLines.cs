using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Plan;

/// <summary>A meeting as a compact block: when and where in bold, then title and lesebestilling.</summary>
internal static class PlanEventLines
{
    public static JsonObject Line(PlanEventLine line)
    {
        var where = line.Room is null ? "" : $", {line.Room}";
        return CardElements.Container(null,
            CardElements.Text($"{line.When}{where} – {line.Programme}", bold: true),
            CardElements.Text(line.Title),
            CardElements.Text(line.Lesebestilling ?? PlanCardTexts.NoLesebestilling, subtle: true));
    }
}
