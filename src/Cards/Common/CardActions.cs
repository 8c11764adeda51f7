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

    /// <summary>
    /// Action.Execute (Universal Actions) with an Action.Submit fallback carrying the same data, for
    /// clients without Universal Actions. The verb is also in <c>data</c> so both paths read it alike.
    /// </summary>
    public static JsonObject Execute(string title, string verb, IReadOnlyDictionary<string, string> data)
    {
        var execute = ExecuteWithoutFallback(title, verb, data);
        execute["fallback"] = Submit(title, verb, data);
        return execute;
    }

    public static JsonObject ExecuteWithoutFallback(string title, string verb, IReadOnlyDictionary<string, string> data)
    {
        var payload = new JsonObject { [ActionIds.VerbField] = verb };
        foreach (var (key, value) in data)
        {
            payload[key] = value;
        }

        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
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
