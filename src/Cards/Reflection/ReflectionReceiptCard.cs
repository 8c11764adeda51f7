using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Reflection;

/// <summary>
/// The author's receipt. Its <c>refresh</c> names only the author, so in a shared conversation
/// nobody else's client fetches (or sees) the note.
/// </summary>
public static class ReflectionReceiptCard
{
    public static JsonObject Build(ReflectionReceiptModel model)
    {
        var body = new List<JsonNode>
        {
            CardElements.Heading(ReflectionCardTexts.ReceiptHeading),
            CardElements.Text(model.Title, bold: true),
            CardElements.Text(ReflectionCardTexts.ReceivedAt(model.ReceivedAt)),
            CardElements.Facts([(ReflectionCardTexts.MeetingLabel, model.Meeting), (ReflectionCardTexts.DeadlineLabel, model.Deadline)]),
        };
        foreach (var qa in model.Summary)
        {
            body.Add(CardElements.Text(qa.Question, bold: true));
            body.Add(CardElements.Text(qa.Answer));
        }

        var data = new Dictionary<string, string> { [ReflectionFields.RoundId] = model.RoundId };
        switch (model.State)
        {
            case ReflectionReceiptState.Editable:
                body.Add(CardElements.Text(ReflectionCardTexts.EditableUntil(model.Deadline), subtle: true));
                body.Add(CardActions.ActionSet(CardActions.Execute(ReflectionCardTexts.Edit, ActionIds.ReflectionEdit, data)));
                break;
            case ReflectionReceiptState.Locked:
                body.Add(CardElements.Container("emphasis", CardElements.Text(ReflectionCardTexts.Locked(model.Deadline))));
                break;
            case ReflectionReceiptState.AcceptedLate:
                body.Add(CardElements.Container("emphasis", CardElements.Text(ReflectionCardTexts.AcceptedLate(model.Deadline))));
                break;
        }

        var card = CardElements.Card([.. body]);
        card["refresh"] = CardRefresh.Block(
            CardActions.ExecuteWithoutFallback(ReflectionCardTexts.Refresh, ActionIds.ReflectionRefresh, data),
            [model.AuthorUserId]);
        return card;
    }
}
