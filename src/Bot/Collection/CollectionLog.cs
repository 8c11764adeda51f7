namespace SkoleUtvikling.Bot.Collection;

/// <summary>Collection engine log messages. Event ids 6200–6249 (chases: 8100–8109). Ids and counts only, never answers.</summary>
internal static partial class CollectionLog
{
    [LoggerMessage(6200, LogLevel.Information, "Round {RoundId}: {Kind} queued for {People} people")]
    public static partial void RemindersQueued(ILogger logger, string roundId, string kind, int people);

    [LoggerMessage(6210, LogLevel.Information, "Chase {PostKey} fired after its round stopped taking answers (a late firing); nothing sent")]
    public static partial void ChaseAfterClose(ILogger logger, string postKey);

    [LoggerMessage(6211, LogLevel.Information, "Round {RoundId}: «Purr» refused, the round no longer takes answers")]
    public static partial void ChaseRefusedClosed(ILogger logger, string roundId);

    [LoggerMessage(6201, LogLevel.Warning, "Reminder {PostKey} has no round (removed?); nothing sent")]
    public static partial void ReminderForNothing(ILogger logger, string postKey);

    [LoggerMessage(6202, LogLevel.Warning, "Reminder {PostKey}: the bot's id in this tenant is not known yet, so no 1:1 can be opened")]
    public static partial void ReminderWithoutBotId(ILogger logger, string postKey);

    [LoggerMessage(6203, LogLevel.Warning, "Reminder {PostKey}: no round kind '{Kind}' is registered; nothing sent")]
    public static partial void UnknownRoundKind(ILogger logger, string postKey, string kind);

    [LoggerMessage(8100, LogLevel.Information, "Round {RoundId}: chase queued for {Queued} people, {Already} already chased today")]
    public static partial void ChasesQueued(ILogger logger, string roundId, int queued, int already);

    [LoggerMessage(8101, LogLevel.Warning, "Round {RoundId}: cannot chase (unknown round kind or the bot's id in the tenant is not known yet)")]
    public static partial void ChaseImpossible(ILogger logger, string roundId);
}
