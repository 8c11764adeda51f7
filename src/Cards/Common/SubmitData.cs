using System.Text.Json;

namespace SkoleUtvikling.Cards.Common;

/// <summary>Reads the verb and string fields of a card submit's <c>value</c>, whatever else it carries.</summary>
public static class SubmitData
{
    public static string? Verb(JsonElement? value) => Field(value, ActionIds.VerbField);

    public static string? Field(JsonElement? value, string name) => Text(Unwrap(value), name);

    /// <summary>A string property of an already unwrapped object; null when absent or not a string.</summary>
    public static string? Text(JsonElement? data, string name) =>
        data is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String
            ? field.GetString()
            : null;

    /// <summary>The object that holds the action's data and the inputs; null when the value is no object.</summary>
    public static JsonElement? Unwrap(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } obj)
        {
            return null;
        }

        // Action.Execute nests the data under action.data; a dialog's task/fetch and task/submit under
        // data (beside context); Action.Submit sends it flat.
        if (obj.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var actionData) && actionData.ValueKind == JsonValueKind.Object)
        {
            return actionData;
        }

        return !obj.TryGetProperty(ActionIds.VerbField, out _)
            && obj.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data
            : obj;
    }
}
