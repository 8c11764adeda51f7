using System.Text.Json.Nodes;

namespace SkoleUtvikling.Cards.Common;

/// <summary>The <c>refresh</c> block of a user-specific view (protocol.md §4).</summary>
public static class CardRefresh
{
    /// <summary>Teams refreshes automatically for at most this many user MRIs.</summary>
    public const int MaxUserIds = 60;

    public static JsonObject Block(JsonObject executeAction, IReadOnlyList<string> userIds)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(userIds.Count, MaxUserIds, nameof(userIds));
        return new JsonObject
        {
            ["action"] = executeAction,
            ["userIds"] = new JsonArray([.. userIds.Select(id => (JsonNode)JsonValue.Create(id))]),
        };
    }
}
