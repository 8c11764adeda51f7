namespace SkoleUtvikling.Bot.Messaging;

/// <summary>Messaging log messages. Event ids 1200–1249.</summary>
internal static partial class MessagingLog
{
    [LoggerMessage(1200, LogLevel.Warning, "The roster of team {TeamId} could not be read; using the members already known")]
    public static partial void RosterUnavailable(ILogger logger, string teamId, Exception exception);
}
