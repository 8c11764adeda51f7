namespace SkoleUtvikling.Bot.Collection;

/// <summary>Collection engine log messages. Event ids 6200–6249. Ids and counts only, never answers.</summary>
internal static partial class CollectionLog
{
    [LoggerMessage(6200, LogLevel.Information, "Round {RoundId}: {Kind} queued for {People} people")]
    public static partial void RemindersQueued(ILogger logger, string roundId, string kind, int people);

    [LoggerMessage(6201, LogLevel.Warning, "Reminder {PostKey} has no round (removed?); nothing sent")]
    public static partial void ReminderForNothing(ILogger logger, string postKey);

    [LoggerMessage(6202, LogLevel.Warning, "Reminder {PostKey}: the bot's id in this tenant is not known yet, so no 1:1 can be opened")]
    public static partial void ReminderWithoutBotId(ILogger logger, string postKey);

    [LoggerMessage(6203, LogLevel.Warning, "Reminder {PostKey}: no round kind '{Kind}' is registered; nothing sent")]
    public static partial void UnknownRoundKind(ILogger logger, string postKey, string kind);
}
