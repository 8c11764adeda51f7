namespace SkoleUtvikling.Bot.Protocol;

/// <summary>Protocol-layer log messages. Event ids 1000–1099. Ids and reasons only, never bodies or claim values.</summary>
internal static partial class ProtocolLog
{
    /// <summary>A refused request; the reason's values from the token (issuer, key id …) are redacted.</summary>
    public static void Unauthorized(ILogger logger, string? remoteIp, string reason) => UnauthorizedRedacted(logger, remoteIp, LogText.Redact(reason));

    [LoggerMessage(1000, LogLevel.Warning, "Refused /api/messages from {RemoteIp}: {Reason}")]
    private static partial void UnauthorizedRedacted(ILogger logger, string? remoteIp, string reason);

    [LoggerMessage(1001, LogLevel.Warning, "Refused /api/messages: body is not a usable activity ({Problem})")]
    public static partial void BadActivity(ILogger logger, string problem);

    [LoggerMessage(1002, LogLevel.Warning, "Refused /api/messages: body larger than {MaxBytes} bytes")]
    public static partial void TooLarge(ILogger logger, int maxBytes);
}
