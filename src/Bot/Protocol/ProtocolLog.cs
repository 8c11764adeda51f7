namespace SkoleUtvikling.Bot.Protocol;

/// <summary>Protocol-layer log messages. Event ids 1000–1099. Ids and reasons only, never bodies.</summary>
internal static partial class ProtocolLog
{
    [LoggerMessage(1000, LogLevel.Warning, "Refused /api/messages from {RemoteIp}: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string? remoteIp, string reason);

    [LoggerMessage(1001, LogLevel.Warning, "Refused /api/messages: body is not an activity")]
    public static partial void BadActivity(ILogger logger);
}
