using System.Text.Json.Nodes;

namespace SkoleUtvikling.Tests.Unit.Cards.Reflection;

/// <summary>Finds elements and actions anywhere in a card's JSON.</summary>
internal static class ReflectionCardQuery
{
    public static IEnumerable<JsonObject> All(JsonNode? node)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                foreach (var found in All(item))
                {
                    yield return found;
                }
            }
        }
        else if (node is JsonObject obj)
        {
            if (obj["type"] is JsonValue)
            {
                yield return obj;
            }

            foreach (var (_, child) in obj)
            {
                foreach (var found in All(child))
                {
                    yield return found;
                }
            }
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) => All(card).Where(o => (string?)o["type"] == type);

    public static IEnumerable<string> Texts(JsonNode card) => OfType(card, "TextBlock").Select(t => (string)t["text"]!);
}
