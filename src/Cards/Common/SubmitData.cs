using System.Text.Json;

namespace SkoleUtvikling.Cards.Common;

/// <summary>Reads the verb and string fields of a card submit's <c>value</c>, whatever else it carries.</summary>
public static class SubmitData
{
    public static string? Verb(JsonElement? value) => Field(value, ActionIds.VerbField);

    public static string? Field(JsonElement? value, string name)
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
            obj = actionData;
        }
        else if (!obj.TryGetProperty(ActionIds.VerbField, out _)
            && obj.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            obj = data;
        }

        return obj.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String ? field.GetString() : null;
    }
}
