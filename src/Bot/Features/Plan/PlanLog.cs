using SkoleUtvikling.Bot.Messaging.Files;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>Plan feature log messages. Event ids 4000–4099. Counts and keys only, never plan text.</summary>
internal static partial class PlanLog
{
    // The reason, never the message: the message quotes the file's name, which the sender chose.
    [LoggerMessage(4000, LogLevel.Information, "Plan file refused ({FileType}): {Reason}")]
    public static partial void FileRefused(ILogger logger, string fileType, FileTransferReason reason);

    [LoggerMessage(4001, LogLevel.Information, "Plan file ({FileType}) rejected with {ErrorCount} errors; nothing stored")]
    public static partial void ImportRejected(ILogger logger, string fileType, int errorCount);

    [LoggerMessage(4002, LogLevel.Information, "Plan preview ready: {EventCount} events, {WarningCount} warnings")]
    public static partial void PreviewReady(ILogger logger, int eventCount, int warningCount);

    [LoggerMessage(4003, LogLevel.Information, "Plan {ImportId} published for tenant {TenantId}: {New} new, {Changed} changed, {Removed} removed")]
    public static partial void Published(ILogger logger, string importId, string tenantId, int @new, int changed, int removed);

    [LoggerMessage(4004, LogLevel.Information, "Schedule synced for tenant {TenantId}: {Added} added, {Rescheduled} rescheduled, {Removed} removed, {Unchanged} unchanged")]
    public static partial void Synced(ILogger logger, string tenantId, int added, int rescheduled, int removed, int unchanged);

    [LoggerMessage(4005, LogLevel.Error, "Scheduling the posts of tenant {TenantId} failed; will retry on start")]
    public static partial void SyncFailed(ILogger logger, string tenantId, Exception exception);

    [LoggerMessage(4006, LogLevel.Information, "Post {PostKey} queued for channel {ChannelId} (late: {Late})")]
    public static partial void PostQueued(ILogger logger, string postKey, string channelId, bool late);

    [LoggerMessage(4007, LogLevel.Warning, "Post {PostKey} has no channel: programme not linked; coordinator told")]
    public static partial void PostUnlinked(ILogger logger, string postKey);

    [LoggerMessage(4008, LogLevel.Information, "Post {PostKey} skipped: its event is no longer in the plan")]
    public static partial void PostGone(ILogger logger, string postKey);

    [LoggerMessage(4009, LogLevel.Warning, "Post {PostKey} missed (planned {Planned}); coordinator told")]
    public static partial void PostMissed(ILogger logger, string postKey, DateTimeOffset planned);

    [LoggerMessage(4011, LogLevel.Warning, "Plan file ({FileType}) not read within {Seconds} s; refused, nothing stored")]
    public static partial void ImportTimedOut(ILogger logger, string fileType, double seconds);

    [LoggerMessage(4010, LogLevel.Warning, "Post key {PostKey} is not one of ours; ignored")]
    public static partial void UnknownPostKey(ILogger logger, string postKey);

    // Issue 15's block (8200–8299): the plan's part of booking flexible meetings.
    [LoggerMessage(8299, LogLevel.Information, "Post {PostKey} left out: the groups are reminded of their own booked slots")]
    public static partial void ReminderPerGroup(ILogger logger, string postKey);
}
