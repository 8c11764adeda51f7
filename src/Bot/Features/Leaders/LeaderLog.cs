namespace SkoleUtvikling.Bot.Features.Leaders;

/// <summary>Leader look-up log messages. Event ids 3100–3199.</summary>
internal static partial class LeaderLog
{
    [LoggerMessage(3100, LogLevel.Warning, "Could not read the roster of team {TeamId}; treating the user as not a leader for now")]
    public static partial void RosterUnavailable(ILogger logger, string teamId, Exception exception);
}
