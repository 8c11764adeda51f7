using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Plan;

/// <summary>The coordinator's preview of an imported plan, with «Publiser» and «Avbryt».</summary>
public static class PlanPreviewCard
{
    // Keeps the card well under Teams' size limit however many rows a plan warns about.
    public const int MaxWarningsShown = 15;

    public static JsonObject Build(PlanPreviewModel model)
    {
        var body = new List<JsonNode>
        {
            CardElements.Heading(PlanTexts.PreviewTitle),
            CardElements.Text(PlanTexts.PreviewIntro(model.FileName, model.EventCount)),
        };
        if (model.Changes is { } changes)
        {
            body.Add(CardElements.Text(PlanTexts.ChangesHeading, bold: true));
            body.Add(CardElements.Text(PlanTexts.Changes(changes)));
            body.AddRange(changes.Examples.Take(5).Select(e => CardElements.Text("• " + e, subtle: true)));
        }

        body.Add(CardElements.Text(PlanTexts.PerProgrammeHeading, bold: true));
        body.Add(CardElements.Facts(model.PerProgramme.Select(p => (p.Programme, p.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        body.Add(CardElements.Text(PlanTexts.NextHeading, bold: true));
        body.AddRange(model.Next.Take(5).Select(PlanEventLines.Line));
        body.Add(CardElements.Text(PlanTexts.WarningsHeading, bold: true));
        if (model.Warnings.Count == 0)
        {
            body.Add(CardElements.Text(PlanTexts.NoWarnings, subtle: true));
        }

        body.AddRange(model.Warnings.Take(MaxWarningsShown).Select(w => CardElements.Text("⚠ " + w)));
        if (model.Warnings.Count > MaxWarningsShown)
        {
            body.Add(CardElements.Text(PlanTexts.MoreWarnings(model.Warnings.Count - MaxWarningsShown), subtle: true));
        }

        var data = new Dictionary<string, string> { ["importId"] = model.ImportId };
        body.Add(CardActions.ActionSet(
            CardActions.Submit(PlanTexts.Publish, ActionIds.PlanPublish, data),
            CardActions.Submit(PlanTexts.Discard, ActionIds.PlanDiscard, data)));
        return CardElements.Card([.. body]);
    }
}
