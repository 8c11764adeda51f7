using System.Text.Json.Nodes;

namespace SkoleUtvikling.Cards.Common;

/// <summary>Card actions. Action.Submit works in every Teams client and in the Agents Playground.</summary>
public static class CardActions
{
    /// <remarks>No <c>style</c>: Teams does not support positive/destructive action styles.</remarks>
    public static JsonObject Submit(string title, string verb, IReadOnlyDictionary<string, string> data)
    {
        var payload = new JsonObject { [ActionIds.VerbField] = verb };
        foreach (var (key, value) in data)
        {
            payload[key] = value;
        }

        return new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = title,
            ["data"] = payload,
        };
    }

    public static JsonObject OpenUrl(string title, Uri url) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = title,
        ["url"] = url.ToString(),
    };

    public static JsonObject ActionSet(params JsonObject[] actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray([.. actions]),
    };
}
