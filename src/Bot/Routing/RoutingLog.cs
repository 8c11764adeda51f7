namespace SkoleUtvikling.Bot.Routing;

/// <summary>Routing log messages. Event ids 1100–1199.</summary>
internal static partial class RoutingLog
{
    [LoggerMessage(1100, LogLevel.Debug, "No handler for activity type {Type} (name {Name}); answered 200")]
    public static partial void Unhandled(ILogger logger, string type, string? name);

    [LoggerMessage(1101, LogLevel.Warning, "Post key {PostKey} is not one of ours; ignored")]
    public static partial void UnknownPostKey(ILogger logger, string postKey);
}
