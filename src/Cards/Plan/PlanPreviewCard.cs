using System.Text;
using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Plan;

/// <summary>
/// The coordinator's preview of an imported plan, with «Publiser» and «Avbryt». Every warning is shown, in the
/// order the importer gave them (what must be acted on first): the first few on the card, the rest behind
/// «Vis alle» (Action.ShowCard). What does not fit Teams' card size goes on continuation cards, never behind a count.
/// </summary>
public static class PlanPreviewCard
{
    /// <summary>Warnings shown before «Vis alle».</summary>
    public const int InlineWarnings = 8;

    /// <summary>Bytes a card may use: Teams refuses messages over about 28 KB; the rest is left for the activity around it.</summary>
    public const int CardBudgetBytes = 24 * 1024;

    /// <summary>The preview card only; see <see cref="BuildAll"/> for a plan with more warnings than one card holds.</summary>
    public static JsonObject Build(PlanPreviewModel model) => BuildAll(model)[0];

    /// <summary>The preview card, then as many continuation cards as the warnings need.</summary>
    public static IReadOnlyList<JsonObject> BuildAll(PlanPreviewModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var shown = model.Warnings.Count;
        JsonObject card;
        while (true)
        {
            card = Preview(model, shown, model.Warnings.Count - shown);
            if (shown == 0 || Size(card) <= CardBudgetBytes)
            {
                break;
            }

            // Move warnings to continuation cards until the preview fits.
            shown = Math.Max(0, shown - Math.Max(1, (Size(card) - CardBudgetBytes) / 100));
        }

        var cards = new List<JsonObject> { card };
        var rest = model.Warnings.Skip(shown).ToList();
        var chunks = Continuations(model.FileName, rest);
        for (var i = 0; i < chunks.Count; i++)
        {
            cards.Add(Continuation(model.FileName, i + 2, chunks.Count + 1, chunks[i]));
        }

        return cards;
    }

    private static JsonObject Preview(PlanPreviewModel model, int shown, int continued)
    {
        var body = new List<JsonNode>
        {
            CardElements.Heading(PlanCardTexts.PreviewTitle),
            CardElements.Text(PlanCardTexts.PreviewIntro(model.FileName, model.EventCount)),
        };
        if (model.Changes is { } changes)
        {
            body.Add(CardElements.Text(PlanCardTexts.ChangesHeading, bold: true));
            body.Add(CardElements.Text(PlanCardTexts.Changes(changes)));
            body.AddRange(changes.Examples.Take(5).Select(e => CardElements.Text("• " + e, subtle: true)));
        }

        body.Add(CardElements.Text(PlanCardTexts.PerProgrammeHeading, bold: true));
        body.Add(CardElements.Facts(model.PerProgramme.Select(p => (p.Programme, p.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        body.Add(CardElements.Text(PlanCardTexts.NextHeading, bold: true));
        body.AddRange(model.Next.Take(5).Select(PlanEventLines.Line));
        body.Add(CardElements.Text(PlanCardTexts.WarningsHeading, bold: true));
        if (model.Warnings.Count == 0)
        {
            body.Add(CardElements.Text(PlanCardTexts.NoWarnings, subtle: true));
        }

        var onCard = model.Warnings.Take(shown).ToList();
        body.AddRange(onCard.Take(InlineWarnings).Select(Warning));
        if (onCard.Count > InlineWarnings)
        {
            var hidden = onCard.Skip(InlineWarnings).Select(Warning).ToArray();
            body.Add(CardActions.ActionSet(new JsonObject
            {
                ["type"] = "Action.ShowCard",
                ["title"] = PlanCardTexts.ShowAllWarnings(model.Warnings.Count),
                ["card"] = CardElements.Card(hidden),
            }));
        }

        if (continued > 0)
        {
            body.Add(CardElements.Text(PlanCardTexts.WarningsContinue(continued), subtle: true));
        }

        var data = new Dictionary<string, string> { ["importId"] = model.ImportId };
        body.Add(CardActions.ActionSet(
            CardActions.Submit(PlanCardTexts.Publish, ActionIds.PlanPublish, data),
            CardActions.Submit(PlanCardTexts.Discard, ActionIds.PlanDiscard, data)));
        return CardElements.Card([.. body]);
    }

    /// <summary>The warnings that did not fit the preview, packed into as few cards as the budget allows.</summary>
    private static List<List<string>> Continuations(string fileName, List<string> warnings)
    {
        var chunks = new List<List<string>>();
        var overhead = Size(Continuation(fileName, 99, 99, []));
        var current = new List<string>();
        var size = overhead;
        foreach (var warning in warnings)
        {
            var cost = Size(Warning(warning)) + 1;
            if (current.Count > 0 && size + cost > CardBudgetBytes)
            {
                chunks.Add(current);
                current = [];
                size = overhead;
            }

            current.Add(warning);
            size += cost;
        }

        if (current.Count > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }

    private static JsonObject Continuation(string fileName, int part, int parts, IReadOnlyList<string> warnings) =>
        CardElements.Card([CardElements.Heading(PlanCardTexts.WarningsPart(fileName, part, parts)), .. warnings.Select(Warning)]);

    private static JsonObject Warning(string text) => CardElements.Text("⚠ " + text);

    private static int Size(JsonNode node) => Encoding.UTF8.GetByteCount(CardJson.Serialize(node));
}
