using System.Text.Json.Nodes;

namespace SkoleUtvikling.Tests.Integration.Features.Reflection;

/// <summary>An invoke's answer as Teams sees it: the HTTP status and the JSON body.</summary>
public sealed record InvokeResult(int Status, JsonObject Body)
{
    /// <summary><c>task.type</c> of a dialog answer: continue (a card) or message.</summary>
    public string? TaskType => Body["task"]?["type"]?.GetValue<string>();

    /// <summary>The card a dialog answer shows.</summary>
    public JsonNode? DialogCard => Body["task"]?["value"]?["card"]?["content"];

    /// <summary>The text a dialog closes (or answers) with.</summary>
    public string? DialogText => Body["task"]?["value"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? Body["task"]!["value"]!.GetValue<string>() : null;

    /// <summary><c>type</c> of a Universal Action answer: a card or a message.</summary>
    public string? ActionType => Body["type"]?.GetValue<string>();

    /// <summary>The card a Universal Action answer puts in place of the clicked one.</summary>
    public JsonNode? ActionCard => Body["value"] as JsonObject;

    /// <summary>The text a Universal Action answer shows.</summary>
    public string? ActionText => Body["value"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? Body["value"]!.GetValue<string>() : null;

    public string Json => SkoleUtvikling.Cards.Common.CardJson.Serialize(Body);
}
