namespace SkoleUtvikling.Bot.Features.Status;

/// <summary>Status log messages. Event ids 8110–8149. Ids and counts only, never names.</summary>
internal static partial class StatusLog
{
    [LoggerMessage(8110, LogLevel.Information, "Status shown to {UserId}: {Rounds} rounds, names {WithNames}")]
    public static partial void Shown(ILogger logger, string userId, int rounds, bool withNames);

    [LoggerMessage(8111, LogLevel.Warning, "Status refused to {UserId}: leads no such round")]
    public static partial void Refused(ILogger logger, string userId);

    [LoggerMessage(8112, LogLevel.Information, "Round {RoundId}: {UserId} chased {Queued} (already today {Already})")]
    public static partial void Chased(ILogger logger, string roundId, string userId, int queued, int already);

    [LoggerMessage(8113, LogLevel.Information, "Round {RoundId}: report offered to {UserId}")]
    public static partial void ReportOffered(ILogger logger, string roundId, string userId);

    [LoggerMessage(8114, LogLevel.Information, "Round {RoundId}: report of {Rows} rows built for {UserId}")]
    public static partial void ReportBuilt(ILogger logger, string roundId, string userId, int rows);

    [LoggerMessage(8140, LogLevel.Information, "Status section chase by {UserId} on {Source}: done {Done}")]
    public static partial void SectionChased(ILogger logger, string userId, string source, bool done);
}
