using System.Text.Json;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Reflection;

/// <summary>
/// Reads «Del utvalgte i plenum» from the leaders' round card: the round and the note ids whose
/// toggle is on. Never throws on user input; an unknown shape gives no round and no picks.
/// </summary>
public static class ReflectionPlenumPicks
{
    public static (string? RoundId, IReadOnlyList<string> NoteIds) Parse(JsonElement value)
    {
        if (SubmitData.Unwrap(value) is not { } data)
        {
            return (null, []);
        }

        var roundId = SubmitData.Text(data, ReflectionFields.RoundId);
        var picked = new List<string>();
        foreach (var property in data.EnumerateObject())
        {
            if (ReflectionFields.IsPickForPlenum(property.Name, out var noteId)
                && property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() == "true")
            {
                picked.Add(noteId);
            }
        }

        return (string.IsNullOrWhiteSpace(roundId) ? null : roundId, picked);
    }
}
