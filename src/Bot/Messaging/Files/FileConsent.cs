using System.Text.Json;
using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Messaging.Files;

/// <summary>
/// Teams' file consent: a card asking to put a file in the user's OneDrive (<see cref="Offer"/>), the
/// <c>fileConsent/invoke</c> that answers it (<see cref="KindOf"/> tells whose offer it was, from the
/// <c>kind</c> the offer put in its context), and the file card shown once uploaded (<see cref="Uploaded"/>).
/// </summary>
public static class FileConsent
{
    public const string InvokeName = "fileConsent/invoke";
    public const string ConsentContentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string FileInfoContentType = "application/vnd.microsoft.teams.card.file.info";

    /// <summary>The consent card for a file of <paramref name="sizeInBytes"/>; the context comes back in the answer.</summary>
    public static Activity Offer(string fileName, string description, long sizeInBytes, JsonObject context) => new()
    {
        Type = ActivityTypes.Message,
        Attachments =
        [
            new Attachment
            {
                ContentType = ConsentContentType,
                Name = fileName,
                Content = new JsonObject
                {
                    ["description"] = description,
                    ["sizeInBytes"] = sizeInBytes,
                    ["acceptContext"] = context.DeepClone(),
                    ["declineContext"] = context.DeepClone(),
                },
            },
        ],
    };

    public static bool IsAnswer(Activity activity) =>
        activity.IsType(ActivityTypes.Invoke) && activity.Name == InvokeName;

    /// <summary>The <c>kind</c> in the answered offer's context, or null when there is none.</summary>
    public static string? KindOf(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("context", out var context) ? Text(context, "kind") : null;

    /// <summary>The file card for an upload Teams described in <paramref name="uploadInfo"/>.</summary>
    public static Activity Uploaded(string text, JsonElement uploadInfo, string fallbackName, string fallbackType) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Attachments =
        [
            new Attachment
            {
                ContentType = FileInfoContentType,
                ContentUrl = Text(uploadInfo, "contentUrl"),
                Name = Text(uploadInfo, "name") ?? fallbackName,
                Content = new JsonObject { ["uniqueId"] = Text(uploadInfo, "uniqueId"), ["fileType"] = Text(uploadInfo, "fileType") ?? fallbackType },
            },
        ],
    };

    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
