using System.Text.Json.Nodes;

namespace SkoleUtvikling.Cards.Common;

/// <summary>Small builders for Adaptive Card 1.5 elements. Every card in the product is built from these.</summary>
public static class CardElements
{
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string Version = "1.5";

    public static JsonObject Card(params JsonNode?[] body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = Schema,
        ["version"] = Version,
        ["body"] = new JsonArray(body.Where(b => b is not null).ToArray()),
    };

    public static JsonObject Heading(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["size"] = "Large",
        ["weight"] = "Bolder",
        ["wrap"] = true,
        ["style"] = "heading",
    };

    public static JsonObject Text(string text, bool subtle = false, bool bold = false)
    {
        var block = new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = text,
            ["wrap"] = true,
        };
        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (bold)
        {
            block["weight"] = "Bolder";
        }

        return block;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };

    public static JsonObject Container(string? style, params JsonNode[] items)
    {
        var container = new JsonObject
        {
            ["type"] = "Container",
            ["items"] = new JsonArray(items),
        };
        if (style is not null)
        {
            container["style"] = style;
        }

        return container;
    }
}
