using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Messaging.Files;

/// <summary>
/// A file a user sent the bot in a 1:1 chat (manifest <c>supportsFiles</c>): Teams attaches
/// <c>application/vnd.microsoft.teams.file.download.info</c> with a pre-authorised download URL.
/// </summary>
public sealed record TeamsFile(string Name, string FileType, Uri DownloadUrl, string? UniqueId)
{
    public const string DownloadInfoContentType = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>The file attachments of <paramref name="activity"/>; other attachments (cards, html) are ignored.</summary>
    public static IReadOnlyList<TeamsFile> From(Activity activity) =>
        [.. (activity.Attachments ?? [])
            .Where(a => string.Equals(a.ContentType, DownloadInfoContentType, StringComparison.OrdinalIgnoreCase))
            .Select(Parse)
            .OfType<TeamsFile>()];

    private static TeamsFile? Parse(Attachment attachment)
    {
        if (attachment.Content is not JsonObject content
            || Text(content, "downloadUrl") is not { } url
            || !Uri.TryCreate(url, UriKind.Absolute, out var downloadUrl))
        {
            return null;
        }

        var name = attachment.Name ?? "";
        var fileType = Text(content, "fileType") ?? Path.GetExtension(name).TrimStart('.');
        return new TeamsFile(name, fileType.ToLowerInvariant(), downloadUrl, Text(content, "uniqueId"));
    }

    // The sender wrote this JSON: a number or an object where a string belongs is "not there", not an exception.
    private static string? Text(JsonObject content, string name) =>
        content[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
