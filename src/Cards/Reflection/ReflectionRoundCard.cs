using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Reflection;

/// <summary>
/// All notes of a round for its leaders, each with a plenum toggle (IGP). Long notes show a preview
/// and «Vis hele»; a large round is cut to stay within the card budget and says how many are left out.
/// </summary>
public static class ReflectionRoundCard
{
    /// <summary>Under the 28 KB target (protocol.md §4), leaving room for the closing lines.</summary>
    public const int MaxCardBytes = 26 * 1024;

    /// <summary>Answers longer than this show a preview and a toggle for the rest.</summary>
    public const int PreviewChars = 200;

    public static JsonObject Build(ReflectionRoundModel model)
    {
        var card = CardElements.Card(
            CardElements.Heading(ReflectionCardTexts.RoundHeading),
            CardElements.Text(model.Title, bold: true),
            CardElements.Facts([(ReflectionCardTexts.MeetingLabel, model.Meeting)]),
            CardElements.Text(ReflectionCardTexts.Delivered(model.Notes.Count, model.Expected), subtle: true));
        var body = card["body"]!.AsArray();
        if (model.Missing is { Count: > 0 } missing)
        {
            body.Add(CardElements.Text(ReflectionCardTexts.Missing(missing), subtle: true));
        }

        if (model.Notes.Count == 0)
        {
            body.Add(CardElements.Text(ReflectionCardTexts.NoNotes));
            return card;
        }

        var bytes = Size(card);
        var shown = 0;
        foreach (var note in model.Notes)
        {
            var block = Note(note, shown);
            var blockBytes = Size(block) + 1;
            if (bytes + blockBytes > MaxCardBytes)
            {
                break;
            }

            body.Add(block);
            bytes += blockBytes;
            shown++;
        }

        if (shown < model.Notes.Count)
        {
            body.Add(CardElements.Text(ReflectionCardTexts.MoreNotes(model.Notes.Count - shown), subtle: true));
        }

        var data = new Dictionary<string, string> { [ReflectionFields.RoundId] = model.RoundId };
        body.Add(CardActions.ActionSet(
            CardActions.Execute(ReflectionCardTexts.SharePicked, ActionIds.ReflectionSharePlenum, data),
            CardActions.Execute(ReflectionCardTexts.RoundDocument, ActionIds.ReflectionRoundDocument, data)));
        return card;
    }

    private static JsonObject Note(ReflectionRoundNote note, int index)
    {
        var header = note.Author + " · " + note.SubmittedAt + (note.Late ? ReflectionCardTexts.LateMark : "");
        var items = new List<JsonNode> { CardElements.Text(header, bold: true) };
        var fullId = string.Create(CultureInfo.InvariantCulture, $"note-{index}-full");
        var isLong = note.Answers.Any(a => a.Answer.Length > PreviewChars);
        var full = new List<JsonNode>();
        foreach (var qa in note.Answers)
        {
            items.Add(CardElements.Text(qa.Question, subtle: true));
            items.Add(CardElements.Text(isLong ? Preview(qa.Answer) : qa.Answer));
            if (isLong)
            {
                full.Add(CardElements.Text(qa.Question, subtle: true));
                full.Add(CardElements.Text(qa.Answer));
            }
        }

        if (isLong)
        {
            var preview = CardElements.Container(null, [.. items.Skip(1)]);
            preview["id"] = string.Create(CultureInfo.InvariantCulture, $"note-{index}-preview");
            var rest = CardElements.Container(null, [.. full]);
            rest["id"] = fullId;
            rest["isVisible"] = false;
            items = [items[0], preview, rest, CardActions.ActionSet(new JsonObject
            {
                ["type"] = "Action.ToggleVisibility",
                ["title"] = ReflectionCardTexts.ShowMore,
                ["targetElements"] = new JsonArray(preview["id"]!.GetValue<string>(), fullId),
            })];
        }

        items.Add(new JsonObject
        {
            ["type"] = "Input.Toggle",
            ["id"] = ReflectionFields.PickForPlenum(note.NoteId),
            ["label"] = ReflectionCardTexts.PickLabel,
            ["title"] = ReflectionCardTexts.PickTitle,
            ["value"] = note.PickedForPlenum ? "true" : "false",
            ["valueOn"] = "true",
            ["valueOff"] = "false",
        });
        var container = CardElements.Container(index % 2 == 0 ? "emphasis" : "default", [.. items]);
        container["separator"] = true;
        return container;
    }

    private static string Preview(string answer)
    {
        if (answer.Length <= PreviewChars)
        {
            return answer;
        }

        // Never cut an emoji (surrogate pair) in half.
        var cut = char.IsHighSurrogate(answer[PreviewChars - 1]) ? PreviewChars - 1 : PreviewChars;
        return answer[..cut].TrimEnd() + " …";
    }

    private static int Size(JsonNode node) => Encoding.UTF8.GetByteCount(CardJson.Serialize(node));
}
