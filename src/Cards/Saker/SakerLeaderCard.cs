using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Saker;

/// <summary>
/// The meeting leader's view of every sak (with description and who submitted it), in saksliste order,
/// each with «Flytt opp», «Flytt ned» and «Ta ut»; dropped saker last with «Ta med igjen». Shown only in
/// a leader's 1:1 chat; each click answers with this card as it is after the change.
/// </summary>
public static class SakerLeaderCard
{
    public const int DescriptionShown = 200;

    public static JsonObject Build(SakerLeaderModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var kept = model.Items.Where(i => !i.Dropped).ToList();
        var dropped = model.Items.Where(i => i.Dropped).ToList();
        var body = new List<JsonNode>
        {
            CardElements.Heading(SakerCardTexts.LeaderHeading),
            CardElements.Text(model.Meeting, bold: true),
            CardElements.Facts([(SakerCardTexts.DeadlineLabel, model.Deadline)]),
        };
        if (model.Items.Count == 0)
        {
            body.Add(CardElements.Text(SakerCardTexts.NoneYet));
            return CardElements.Card([.. body]);
        }

        body.Add(CardElements.Text(SakerCardTexts.LeaderIntro, subtle: true));
        body.Add(CardElements.Text(SakerCardTexts.Total(kept.Count, kept.Sum(i => i.Minutes)), bold: true));
        for (var i = 0; i < kept.Count; i++)
        {
            var buttons = new List<JsonObject>();
            if (i > 0)
            {
                buttons.Add(Button(model, kept[i], SakerCardTexts.MoveUp, SakerVerbs.MoveUp));
            }

            if (i < kept.Count - 1)
            {
                buttons.Add(Button(model, kept[i], SakerCardTexts.MoveDown, SakerVerbs.MoveDown));
            }

            buttons.Add(Button(model, kept[i], SakerCardTexts.Drop, SakerVerbs.Drop));
            body.Add(Item(SakerCardTexts.Numbered(i + 1, kept[i].Title), kept[i], buttons));
        }

        if (dropped.Count > 0)
        {
            body.Add(CardElements.Text(SakerCardTexts.DroppedHeading, bold: true));
            body.AddRange(dropped.Select(d => Item(d.Title, d, [Button(model, d, SakerCardTexts.Restore, SakerVerbs.Restore)])));
        }

        return CardElements.Card([.. body]);
    }

    private static JsonObject Item(string heading, SakerLeaderItem item, List<JsonObject> buttons) => CardElements.Container(
        item.Dropped ? "emphasis" : null,
        CardElements.Text(heading, bold: true),
        CardElements.Text(Shortened(item.Description)),
        CardElements.Text(SakerCardTexts.PresentedBy(item.Presenter, item.Minutes), subtle: true),
        CardElements.Text(SakerCardTexts.SubmittedBy(item.SubmittedBy, item.SubmittedAt), subtle: true),
        CardActions.ActionSet([.. buttons]));

    /// <summary>The card must fit Teams' 28 KB with a full meeting's saker; the whole text is in the receipt and the Word file.</summary>
    private static string Shortened(string description) =>
        description.Length <= DescriptionShown ? description : description[..DescriptionShown].TrimEnd() + "…";

    // Action.Submit (not Execute with a Submit fallback): half the bytes per button, and in a 1:1 chat the
    // bot answers a plain submit by replacing this card, which is all these buttons need.
    private static JsonObject Button(SakerLeaderModel model, SakerLeaderItem item, string title, string verb) =>
        CardActions.Submit(title, verb, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SakerVerbs.RoundId] = model.RoundId,
            [SakerVerbs.Item] = item.ItemId,
        });
}
