namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>Outbox log messages. Event ids 2100–2199.</summary>
internal static partial class OutboxLog
{
    [LoggerMessage(2100, LogLevel.Warning, "Outbox send failed")]
    public static partial void SendFailed(ILogger logger, Exception exception);
}
