namespace SkoleUtvikling.Bot.Protocol;

/// <summary>
/// Token log messages, inbound and outbound. Event ids 1010–1049 (inside the protocol range).
/// Key ids, hosts and times only: never a token, a secret or a message body.
/// </summary>
internal static partial class AuthLog
{
    [LoggerMessage(1010, LogLevel.Debug, "Development mode: the Authorization header is accepted without validation")]
    public static partial void DevelopmentHeaderIgnored(ILogger logger);

    [LoggerMessage(1011, LogLevel.Information, "Fetched {KeyCount} signing keys from {MetadataUrl} ({Reason})")]
    public static partial void SigningKeysFetched(ILogger logger, int keyCount, string metadataUrl, string reason);

    [LoggerMessage(1012, LogLevel.Warning, "Could not fetch signing keys from {MetadataUrl} ({Reason}); {Fallback}")]
    public static partial void SigningKeysFetchFailed(ILogger logger, Exception exception, string metadataUrl, string reason, string fallback);

    [LoggerMessage(1013, LogLevel.Debug, "Signing keys from {MetadataUrl} not fetched again ({Reason}): last attempt was {SinceLastAttempt} ago")]
    public static partial void SigningKeyRefreshSuppressed(ILogger logger, string metadataUrl, string reason, TimeSpan sinceLastAttempt);

    [LoggerMessage(1020, LogLevel.Debug, "Acquired a Bot Connector token valid until {ExpiresOn:o}")]
    public static partial void ConnectorTokenAcquired(ILogger logger, DateTimeOffset expiresOn);

    [LoggerMessage(1021, LogLevel.Warning, "No Bot Connector token sent to {Scheme}://{Host}: not a trusted Connector host")]
    public static partial void ConnectorTokenWithheld(ILogger logger, string scheme, string host);

    [LoggerMessage(1022, LogLevel.Error, "Could not acquire a Bot Connector token ({AppType} app {AppId})")]
    public static partial void ConnectorTokenFailed(ILogger logger, Exception exception, string appType, string? appId);
}
