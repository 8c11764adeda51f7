namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>Saker log messages. Event ids 6100–6149. Ids and counts only, never a sak's text or a name.</summary>
internal static partial class SakerLog
{
    [LoggerMessage(6100, LogLevel.Information, "Saker round {RoundId} opened for event {EventKey}: {People} people")]
    public static partial void RoundOpened(ILogger logger, string roundId, string eventKey, int people);

    [LoggerMessage(6101, LogLevel.Information, "Sak saved in round {RoundId}: version {Version}, {Count} saker")]
    public static partial void SakSaved(ILogger logger, string roundId, int version, int count);

    [LoggerMessage(6102, LogLevel.Information, "Sak refused in round {RoundId}: {Window}")]
    public static partial void SakRefused(ILogger logger, string roundId, string window);

    [LoggerMessage(6103, LogLevel.Debug, "Sak in round {RoundId} returned with {Errors} field errors")]
    public static partial void SakInvalid(ILogger logger, string roundId, int errors);

    [LoggerMessage(6104, LogLevel.Information, "Saksliste of round {RoundId} posted with {Count} saker")]
    public static partial void SakslistePosted(ILogger logger, string roundId, int count);

    [LoggerMessage(6105, LogLevel.Information, "Saksliste for event {EventKey} posted without a round of saker")]
    public static partial void SakslisteWithoutRound(ILogger logger, string eventKey);

    [LoggerMessage(6106, LogLevel.Information, "Leader changed the order of round {RoundId}: {Change}")]
    public static partial void OrderChanged(ILogger logger, string roundId, string change);

    [LoggerMessage(6107, LogLevel.Warning, "Roster of team {TeamId} unavailable; the saker round opens with the configured leaders and people join when they first open the form")]
    public static partial void RosterUnavailable(ILogger logger, string teamId, Exception exception);

    [LoggerMessage(6108, LogLevel.Information, "Round {RoundId}: its call post is not sent yet, so the count is not updated")]
    public static partial void CountPostNotSent(ILogger logger, string roundId);

    [LoggerMessage(6109, LogLevel.Information, "A person joined saker round {RoundId} after it opened")]
    public static partial void JoinedLate(ILogger logger, string roundId);
}
