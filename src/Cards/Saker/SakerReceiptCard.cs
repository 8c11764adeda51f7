using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Saker;

/// <summary>
/// The author's receipt: their sak, when it was received (Europe/Oslo), «Endre saken» until the deadline,
/// and the titles submitted to the meeting. Its <c>refresh</c> names only the author.
/// </summary>
public static class SakerReceiptCard
{
    public static JsonObject Build(SakerReceiptModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [SakerVerbs.RoundId] = model.RoundId };
        var body = new List<JsonNode>
        {
            CardElements.Heading(SakerCardTexts.ReceiptHeading),
            CardElements.Text(SakerCardTexts.ReceivedAt(model.ReceivedAt)),
            CardElements.Facts([(SakerCardTexts.MeetingLabel, model.Meeting), (SakerCardTexts.DeadlineLabel, model.Deadline)]),
            CardElements.Text(model.Sak.Title, bold: true),
            CardElements.Text(model.Description),
            CardElements.Text(SakerCardTexts.PresentedBy(model.Sak.Presenter, model.Sak.Minutes), subtle: true),
            CardElements.Text(SakerCardTexts.SubmittedTitles, bold: true),
            CardElements.Text(SakerCardTexts.Titles(model.Titles)),
        };
        if (model.Editable)
        {
            body.Add(CardElements.Text(SakerCardTexts.EditableUntil(model.Deadline), subtle: true));
            body.Add(CardActions.ActionSet(CardActions.Execute(SakerCardTexts.Edit, SakerVerbs.Edit, data)));
        }
        else
        {
            body.Add(CardElements.Container("emphasis", CardElements.Text(SakerCardTexts.Locked(model.Deadline))));
        }

        var card = CardElements.Card([.. body]);
        card["refresh"] = CardRefresh.Block(CardActions.ExecuteWithoutFallback(SakerCardTexts.Refresh, SakerVerbs.Refresh, data), [model.AuthorUserId]);
        return card;
    }
}
