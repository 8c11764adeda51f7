using System.Text.Json.Nodes;

namespace SkoleUtvikling.Bot.Protocol;

/// <summary>
/// The invoke answers Teams understands (protocol.md §4): dialogs (<c>task/fetch</c>, <c>task/submit</c>)
/// and Universal Actions (<c>adaptiveCard/action</c>). Status 200 in every case: the body says what happened.
/// </summary>
public static class InvokeResponses
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>Opens (or keeps open) a dialog showing <paramref name="card"/>.</summary>
    public static InvokeResponse DialogCard(string title, JsonObject card) => new(200, new JsonObject
    {
        ["task"] = new JsonObject
        {
            ["type"] = "continue",
            ["value"] = new JsonObject
            {
                ["title"] = title,
                ["width"] = "medium",
                ["height"] = "large",
                ["card"] = new JsonObject { ["contentType"] = AdaptiveCardType, ["content"] = card },
            },
        },
    });

    /// <summary>Closes the dialog (or answers its opening) with a short message.</summary>
    public static InvokeResponse DialogMessage(string text) => new(200, new JsonObject
    {
        ["task"] = new JsonObject { ["type"] = "message", ["value"] = text },
    });

    /// <summary>Replaces the card the person acted on, for that person's client.</summary>
    public static InvokeResponse Card(JsonObject card) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = AdaptiveCardType,
        ["value"] = card,
    });

    /// <summary>Shows a short message to the person who acted; the card stays as it was.</summary>
    public static InvokeResponse Message(string text) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = MessageType,
        ["value"] = text,
    });
}
