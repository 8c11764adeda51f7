namespace SkoleUtvikling.Bot.Features.Installation;

/// <summary>Installation log messages. Event ids 3000–3099.</summary>
internal static partial class InstallationLog
{
    [LoggerMessage(3000, LogLevel.Information, "Installed in team {TeamId} (tenant {TenantId}), install #{InstallCount}")]
    public static partial void Installed(ILogger logger, string teamId, string tenantId, int installCount);

    [LoggerMessage(3001, LogLevel.Information, "Removed from team {TeamId}")]
    public static partial void Uninstalled(ILogger logger, string teamId);

    [LoggerMessage(3002, LogLevel.Warning, "Could not read details of team {TeamId} from the Connector; kept what the activity said")]
    public static partial void TeamDetailsUnavailable(ILogger logger, string teamId, Exception exception);

    [LoggerMessage(3003, LogLevel.Information, "Installed for a personal chat {ConversationId}")]
    public static partial void InstalledPersonal(ILogger logger, string conversationId);
}
