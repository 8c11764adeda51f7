namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>Reflection log messages. Event ids 6000–6099. Never the contents of a note.</summary>
internal static partial class ReflectionLog
{
    [LoggerMessage(6000, LogLevel.Information, "Round {RoundId} opened for event {EventKey}: {Participants} participants, {Leaders} leaders")]
    public static partial void RoundOpened(ILogger logger, string roundId, string eventKey, int participants, int leaders);

    [LoggerMessage(6001, LogLevel.Information, "Note saved in round {RoundId}: version {Version}, late {Late}")]
    public static partial void NoteSaved(ILogger logger, string roundId, int version, bool late);

    [LoggerMessage(6002, LogLevel.Information, "Note refused in round {RoundId}: {Window}")]
    public static partial void NoteRefused(ILogger logger, string roundId, string window);

    [LoggerMessage(6003, LogLevel.Debug, "Note in round {RoundId} returned with {Errors} field errors")]
    public static partial void NoteInvalid(ILogger logger, string roundId, int errors);

    [LoggerMessage(6004, LogLevel.Information, "Round {RoundId}: its channel post is not sent yet, so the count is not updated")]
    public static partial void CountPostNotSent(ILogger logger, string roundId);

    [LoggerMessage(6005, LogLevel.Warning, "Round {RoundId}: {Reader} is not a leader and was refused the notes")]
    public static partial void ReadRefused(ILogger logger, string roundId, string reader);

    [LoggerMessage(6006, LogLevel.Warning, "Round {RoundId}: two saves of one note met; saving again (attempt {Attempt})")]
    public static partial void SaveConflict(ILogger logger, string roundId, int attempt);

    [LoggerMessage(6008, LogLevel.Information, "Round {RoundId}: a team member who was not on the roster when it opened joined as a participant")]
    public static partial void JoinedLate(ILogger logger, string roundId);

    [LoggerMessage(6009, LogLevel.Warning, "Round {RoundId}: the count on its post could not be refreshed; trying again")]
    public static partial void CountFailed(ILogger logger, string roundId, Exception exception);

    [LoggerMessage(6010, LogLevel.Information, "Round {RoundId}: its deadline follows the booking of unit {UnitId}, now {Deadline:O}")]
    public static partial void DeadlineMoved(ILogger logger, string roundId, string unitId, DateTimeOffset deadline);

    [LoggerMessage(6011, LogLevel.Information, "Round {RoundId}: its deadline has passed, so it stays although unit {UnitId}'s booking changed")]
    public static partial void DeadlinePassed(ILogger logger, string roundId, string unitId);
}
