using Microsoft.Extensions.Options;

namespace SkoleUtvikling.Bot.Filing;

/// <summary>
/// The filer when Graph is not configured: writes to <c>{ArchiveFolder}/{tenant}/{team}/{path}</c>,
/// the same relative path Graph would use, below a folder per team so two teams' meetings cannot
/// collide. Atomic (temp file in the same folder, then move) and idempotent (same content is left alone,
/// new content replaces).
/// </summary>
public sealed class FolderArchive(IOptions<FilingOptions> options, ILogger<FolderArchive> logger) : IFiler
{
    public async Task<FiledDocument> FileAsync(FilingTarget target, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var root = Path.GetFullPath(options.Value.ArchiveFolder);
        var segments = new[] { FilingPath.SanitizeSegment(target.TenantId), FilingPath.SanitizeSegment(target.TeamGroupId) }
            .Concat(target.Path.Segments)
            .Prepend(root)
            .ToArray();
        var fullPath = Path.GetFullPath(Path.Combine(segments));
        if (!fullPath.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new FilingPermanentException($"The path {target.Path.ForLogs} leaves the archive folder.");
        }

        var folder = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(folder);
        if (File.Exists(fullPath) && (await File.ReadAllBytesAsync(fullPath, cancellationToken)).AsSpan().SequenceEqual(content.Span))
        {
            FilingLog.ArchiveUnchanged(logger, target.Path.ForLogs);
            return new FiledDocument(fullPath, null);
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(content, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, fullPath, overwrite: true);
        }
        catch (IOException ex)
        {
            throw new FilingTransientException($"Could not write {target.Path.ForLogs} to the archive.", ex);
        }
        finally
        {
            File.Delete(temp);
        }

        FilingLog.FiledInArchive(logger, target.Path.ForLogs, content.Length);
        return new FiledDocument(fullPath, null);
    }
}
