namespace SkoleUtvikling.Bot.Storage;

/// <summary>Storage log messages. Event ids 2000–2099.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(2000, LogLevel.Information, "Applied database migration {Script}")]
    public static partial void MigrationApplied(ILogger logger, string script);

    [LoggerMessage(2001, LogLevel.Information, "Database ready ({Dialect})")]
    public static partial void Ready(ILogger logger, SqlDialect dialect);
}
