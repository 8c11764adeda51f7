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

    [LoggerMessage(5014, LogLevel.Information, "Filing job {JobId} ({Kind}) filed on attempt {Attempt}")]
    public static partial void JobFiled(ILogger logger, long jobId, string kind, int attempt);

    [LoggerMessage(5015, LogLevel.Warning, "Filing job {JobId} attempt {Attempt} failed ({StatusCode}); next attempt at {NextAttempt}")]
    public static partial void JobRetrying(ILogger logger, long jobId, int attempt, int statusCode, DateTimeOffset nextAttempt);

    [LoggerMessage(5016, LogLevel.Error, "Filing job {JobId} ({Kind}) stopped as dead ({StatusCode}): {Reason}")]
    public static partial void JobDead(ILogger logger, long jobId, string kind, int statusCode, string reason);

    [LoggerMessage(5017, LogLevel.Information, "Filing job {JobId} waits for team {TeamId} to choose an archive with 'arkiv'")]
    public static partial void JobWaiting(ILogger logger, long jobId, string teamId);

    [LoggerMessage(5018, LogLevel.Information, "Filing job {JobId}: the {Kind} subject is gone; nothing to file")]
    public static partial void SubjectGone(ILogger logger, long jobId, string kind);

    [LoggerMessage(5020, LogLevel.Warning, "Filing job {JobId}: the lease of {Owner} had expired; another worker took it over and its outcome stands")]
    public static partial void LeaseLost(ILogger logger, long jobId, string owner);

    [LoggerMessage(5022, LogLevel.Information, "{Count} waiting filing jobs released: their team now has an archive")]
    public static partial void WaitingReleased(ILogger logger, int count);

    [LoggerMessage(5023, LogLevel.Warning, "Filing job {JobId}: the {Kind} document source failed; retrying later")]
    public static partial void SourceFailed(ILogger logger, long jobId, string kind, Exception exception);
}
