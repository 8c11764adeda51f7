namespace SkoleUtvikling.Bot.Filing;

/// <summary>Filing log messages. Event ids 5000–5099. Never logs document contents.</summary>
internal static partial class FilingLog
{
    [LoggerMessage(5000, LogLevel.Information, "Filed {Path} ({Bytes} bytes) in team {TeamGroupId} via Graph")]
    public static partial void FiledInGraph(ILogger logger, string path, int bytes, string teamGroupId);

    [LoggerMessage(5001, LogLevel.Information, "Filed {Path} ({Bytes} bytes) in the local archive")]
    public static partial void FiledInArchive(ILogger logger, string path, int bytes);

    [LoggerMessage(5002, LogLevel.Debug, "Folder {Folder} already exists; using it")]
    public static partial void FolderExisted(ILogger logger, string folder);

    [LoggerMessage(5003, LogLevel.Warning, "Graph answered {StatusCode} while filing {Path}; retry after {RetryAfter}")]
    public static partial void Transient(ILogger logger, int? statusCode, string path, TimeSpan? retryAfter);

    [LoggerMessage(5004, LogLevel.Error, "Graph refused filing {Path}: {StatusCode} {ErrorCode}")]
    public static partial void Permanent(ILogger logger, int? statusCode, string? errorCode, string path);

    [LoggerMessage(5005, LogLevel.Debug, "{Path} is already in the archive with the same content")]
    public static partial void ArchiveUnchanged(ILogger logger, string path);
}
