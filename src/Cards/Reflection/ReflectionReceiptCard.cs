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
            CardElements.Heading(ReflectionTexts.ReceiptHeading),
            CardElements.Text(model.Title, bold: true),
            CardElements.Text(ReflectionTexts.ReceivedAt(model.ReceivedAt)),
            CardElements.Facts([(ReflectionTexts.MeetingLabel, model.Meeting), (ReflectionTexts.DeadlineLabel, model.Deadline)]),
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
                body.Add(CardElements.Text(ReflectionTexts.EditableUntil(model.Deadline), subtle: true));
                body.Add(CardActions.ActionSet(CardActions.Execute(ReflectionTexts.Edit, ActionIds.ReflectionEdit, data)));
                break;
            case ReflectionReceiptState.Locked:
                body.Add(CardElements.Container("emphasis", CardElements.Text(ReflectionTexts.Locked(model.Deadline))));
                break;
            case ReflectionReceiptState.AcceptedLate:
                body.Add(CardElements.Container("emphasis", CardElements.Text(ReflectionTexts.AcceptedLate(model.Deadline))));
                break;
        }

        var card = CardElements.Card([.. body]);
        card["refresh"] = CardRefresh.Block(
            CardActions.ExecuteWithoutFallback(ReflectionTexts.Refresh, ActionIds.ReflectionRefresh, data),
            [model.AuthorUserId]);
        return card;
    }
}
