using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Saker;

/// <summary>
/// What the plan's posts carry for saker: under the call for saker the deadline, the count and «Meld
/// inn sak» (a Teams dialog; clients without dialogs send it as a plain submit and get the form in their
/// 1:1 chat); under the saksliste post the numbered list.
/// </summary>
public static class SakerPostSections
{
    public static IReadOnlyList<JsonNode> Call(SakerCallModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return
        [
            CardElements.Facts([(SakerCardTexts.DeadlineLabel, model.Deadline)]),
            CardElements.Text(SakerCardTexts.Count(model.Count), bold: true),
            CardActions.ActionSet(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = SakerCardTexts.Submit,
                ["data"] = new JsonObject
                {
                    ["msteams"] = new JsonObject { ["type"] = "task/fetch" },
                    [ActionIds.VerbField] = SakerVerbs.Open,
                    [SakerVerbs.RoundId] = model.RoundId,
                },
            }),
        ];
    }

    /// <summary>The saksliste: numbered, title, who presents, minutes; or that nothing was submitted.</summary>
    public static IReadOnlyList<JsonNode> Saksliste(IReadOnlyList<SakLine> saker)
    {
        ArgumentNullException.ThrowIfNull(saker);
        if (saker.Count == 0)
        {
            return [CardElements.Text(SakerCardTexts.Empty, bold: true)];
        }

        var items = new List<JsonNode>();
        for (var i = 0; i < saker.Count; i++)
        {
            items.Add(CardElements.Text(SakerCardTexts.Numbered(i + 1, saker[i].Title), bold: true));
            items.Add(CardElements.Text(SakerCardTexts.PresentedBy(saker[i].Presenter, saker[i].Minutes), subtle: true));
        }

        items.Add(CardElements.Text(SakerCardTexts.Total(saker.Count, saker.Sum(s => s.Minutes))));
        return items;
    }
}
