using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Reflection;

/// <summary>«Mine notater»: the author's own notes, newest round first. Sent only in the author's 1:1 chat.</summary>
public static class ReflectionOwnNotesCard
{
    public static JsonObject Build(IReadOnlyList<ReflectionOwnNote> notes)
    {
        var body = new List<JsonNode> { CardElements.Heading(ReflectionCardTexts.OwnNotesHeading) };
        if (notes.Count == 0)
        {
            body.Add(CardElements.Text(ReflectionCardTexts.NoOwnNotes));
            return CardElements.Card([.. body]);
        }

        foreach (var note in notes)
        {
            var items = new List<JsonNode>
            {
                CardElements.Text(note.Title, bold: true),
                CardElements.Facts([(ReflectionCardTexts.MeetingLabel, note.Meeting), (ReflectionCardTexts.StateLabel, note.State), (ReflectionCardTexts.SavedLabel, note.SavedAt)]),
            };
            foreach (var qa in note.Answers)
            {
                items.Add(CardElements.Text(qa.Question, subtle: true));
                items.Add(CardElements.Text(qa.Answer));
            }

            var container = CardElements.Container(null, [.. items]);
            container["separator"] = true;
            body.Add(container);
        }

        return CardElements.Card([.. body]);
    }
}
