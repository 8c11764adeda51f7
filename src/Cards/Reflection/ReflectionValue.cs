using System.Text.Json;

namespace SkoleUtvikling.Cards.Reflection;

/// <summary>Finds the submitted data in the three shapes a card value arrives in.</summary>
internal static class ReflectionValue
{
    // Action.Execute nests the data under action.data; a dialog's task/submit under data (beside
    // context); Action.Submit sends it flat.
    public static JsonElement? Unwrap(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var actionData) && actionData.ValueKind == JsonValueKind.Object)
        {
            return actionData;
        }

        return !value.TryGetProperty(ReflectionFields.RoundId, out _)
            && value.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data
            : value;
    }

    public static string? Text(JsonElement? data, string name) =>
        data is { } obj && obj.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String ? field.GetString() : null;
}
