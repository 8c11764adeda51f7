namespace SkoleUtvikling.Bot.Features.Archive;

/// <summary>Archive choice log messages. Event ids 5100–5149.</summary>
internal static partial class ArchiveLog
{
    [LoggerMessage(5100, LogLevel.Information, "Team {TeamId} files into channel {ChannelId}; {Released} waiting jobs released")]
    public static partial void Chosen(ILogger logger, string teamId, string channelId, int released);

    [LoggerMessage(5101, LogLevel.Warning, "Could not list the private channels of team {TeamGroupId}")]
    public static partial void ListingFailed(ILogger logger, string teamGroupId, Exception exception);

    [LoggerMessage(5103, LogLevel.Warning, "Could not read the members of an archive channel of team {TeamId}; the choice was refused")]
    public static partial void MembersUnavailable(ILogger logger, string teamId, Exception exception);

    [LoggerMessage(5102, LogLevel.Warning, "Could not find the Entra group id of team {TeamId}")]
    public static partial void NoGroupId(ILogger logger, string teamId);
}
