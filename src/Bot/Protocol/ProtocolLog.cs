namespace SkoleUtvikling.Bot.Protocol;

/// <summary>Protocol-layer log messages. Event ids 1000–1099. Ids and reasons only, never bodies.</summary>
internal static partial class ProtocolLog
{
    [LoggerMessage(1000, LogLevel.Warning, "Refused /api/messages from {RemoteIp}: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string? remoteIp, string reason);

    [LoggerMessage(1001, LogLevel.Warning, "Refused /api/messages: body is not a usable activity ({Problem})")]
    public static partial void BadActivity(ILogger logger, string problem);

    [LoggerMessage(1002, LogLevel.Warning, "Refused /api/messages: body larger than {MaxBytes} bytes")]
    public static partial void TooLarge(ILogger logger, int maxBytes);
}
