using System.Collections.Concurrent;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace SkoleUtvikling.Bot.Filing;

/// <summary>
/// Files into a channel's files folder via Graph (protocol.md §6): get the folder, create each
/// sub-folder with conflictBehavior=fail (409 nameAlreadyExists means it is there), then PUT the
/// content with conflictBehavior=replace. One HTTP attempt per call; failures become
/// <see cref="FilingTransientException"/> or <see cref="FilingPermanentException"/>.
/// </summary>
public sealed class GraphFiler(GraphClients clients, TimeProvider time, ILogger<GraphFiler> logger) : IFiler
{
    private const string ConflictBehavior = "@microsoft.graph.conflictBehavior";
    private static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping =
        new() { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

    // The folder a document goes into, by tenant, team, channel and folder path: after the first note of
    // a meeting, filing is one PUT instead of six requests. A 404 on the PUT (the folder was moved or
    // deleted) forgets it, and the retry looks it up again.
    private readonly ConcurrentDictionary<string, (string DriveId, string FolderId)> _folders = new(StringComparer.Ordinal);

    public async Task<FiledDocument> FileAsync(FilingTarget target, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        // Never the file name in logs or errors: a note's file is named after its author.
        var path = target.Path.ForLogs;
        var client = clients.For(target.TenantId);
        var folderKey = string.Join('\n', [target.TenantId, target.TeamGroupId, target.ChannelId, .. target.Path.Folders]);
        try
        {
            if (!_folders.TryGetValue(folderKey, out var folder))
            {
                folder = await ResolveFolderAsync(client, target, cancellationToken);
                _folders[folderKey] = folder;
            }

            DriveItem? uploaded;
            try
            {
                uploaded = await UploadAsync(client, folder.DriveId, folder.FolderId, target.Path.FileName, content, cancellationToken);
            }
            catch (ApiException ex) when (ex.ResponseStatusCode == 404)
            {
                _folders.TryRemove(folderKey, out _);
                FilingLog.Transient(logger, 404, path, null);
                throw new FilingTransientException($"The folder of {path} is gone; it is looked up again on the next attempt.", 404, null, ex);
            }

            FilingLog.FiledInGraph(logger, path, content.Length, target.TeamGroupId);
            return new FiledDocument(uploaded?.Id ?? string.Empty, uploaded?.WebUrl);
        }
        catch (ApiException ex)
        {
            throw Classify(ex, path);
        }
        catch (HttpRequestException ex)
        {
            FilingLog.Transient(logger, null, path, null);
            throw new FilingTransientException($"Graph could not be reached while filing {path}.", null, null, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            FilingLog.Transient(logger, null, path, null);
            throw new FilingTransientException($"Graph timed out while filing {path}.", null, null, ex);
        }
    }

    private async Task<(string DriveId, string FolderId)> ResolveFolderAsync(GraphServiceClient client, FilingTarget target, CancellationToken cancellationToken)
    {
        var filesFolder = await client.Teams[target.TeamGroupId].Channels[target.ChannelId].FilesFolder
            .GetAsync(cancellationToken: cancellationToken);
        var driveId = filesFolder?.ParentReference?.DriveId;
        var parentId = filesFolder?.Id;
        if (driveId is null || parentId is null)
        {
            throw new FilingPermanentException($"The channel's files folder has no drive id or item id (team {target.TeamGroupId}).");
        }

        foreach (var folder in target.Path.Folders)
        {
            parentId = await EnsureFolderAsync(client, driveId, parentId, folder, cancellationToken);
        }

        return (driveId, parentId);
    }

    private async Task<string> EnsureFolderAsync(GraphServiceClient client, string driveId, string parentId, string name, CancellationToken cancellationToken)
    {
        var folder = new DriveItem { Name = name, Folder = new Folder(), AdditionalData = { [ConflictBehavior] = "fail" } };
        try
        {
            var created = await client.Drives[driveId].Items[parentId].Children.PostAsync(folder, cancellationToken: cancellationToken);
            return created?.Id ?? throw new FilingPermanentException($"Graph created folder {name} without an id.");
        }
        catch (ODataError ex) when (ex.ResponseStatusCode == 409)
        {
            // Made by an earlier attempt or another note of the same meeting: look it up by path.
            FilingLog.FolderExisted(logger, name);
            var info = new RequestInformation { HttpMethod = Method.GET, URI = ItemByPath(client, driveId, parentId, name, suffix: string.Empty) };
            info.Headers.TryAdd("Accept", "application/json");
            var existing = await client.RequestAdapter.SendAsync(info, DriveItem.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken);
            if (existing?.Id is null || existing.Folder is null)
            {
                throw new FilingPermanentException($"'{name}' exists but is not a folder.", 409, "nameAlreadyExists", ex);
            }

            return existing.Id;
        }
    }

    private static async Task<DriveItem?> UploadAsync(GraphServiceClient client, string driveId, string parentId, string fileName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        // conflictBehavior goes in the query string on PUT …/content; replace makes a retry idempotent.
        var uri = ItemByPath(client, driveId, parentId, fileName, suffix: ":/content?" + ConflictBehavior + "=replace");
        var info = new RequestInformation { HttpMethod = Method.PUT, URI = uri };
        info.Headers.TryAdd("Accept", "application/json");
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        info.SetStreamContent(stream, "application/octet-stream");
        return await client.RequestAdapter.SendAsync(info, DriveItem.CreateFromDiscriminatorValue, ErrorMapping, cancellationToken);
    }

    private static Uri ItemByPath(GraphServiceClient client, string driveId, string parentId, string name, string suffix) =>
        new($"{client.RequestAdapter.BaseUrl!.TrimEnd('/')}/drives/{Uri.EscapeDataString(driveId)}/items/{Uri.EscapeDataString(parentId)}:/{Uri.EscapeDataString(name)}{suffix}");

    private Exception Classify(ApiException ex, string path)
    {
        var status = ex.ResponseStatusCode;
        var errorCode = (ex as ODataError)?.Error?.Code;
        if (status is 408 or 423 or 429 or 500 or 502 or 503 or 504)
        {
            var retryAfter = RetryAfter(ex.ResponseHeaders);
            FilingLog.Transient(logger, status, path, retryAfter);
            return new FilingTransientException($"Graph answered {status} while filing {path}.", status, retryAfter, ex);
        }

        FilingLog.Permanent(logger, status, errorCode, path);
        return new FilingPermanentException($"Graph answered {status} {errorCode} while filing {path}.", status, errorCode, ex);
    }

    private TimeSpan? RetryAfter(IDictionary<string, IEnumerable<string>> headers)
    {
        var value = headers.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            ? TimeSpan.FromTicks(Math.Max(0, (at - time.GetUtcNow()).Ticks))
            : null;
    }
}
