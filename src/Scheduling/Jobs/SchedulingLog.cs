using Microsoft.Extensions.Logging;

namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>Post scheduling log messages. Event ids 7000–7099. Keys and times only.</summary>
internal static partial class SchedulingLog
{
    [LoggerMessage(7000, LogLevel.Information, "Synced posts for {Scope}: {Added} added, {Rescheduled} rescheduled, {Removed} removed, {Unchanged} unchanged, {TooLate} too late to schedule")]
    public static partial void Synced(ILogger logger, string scope, int added, int rescheduled, int removed, int unchanged, int tooLate);

    [LoggerMessage(7001, LogLevel.Information, "Dispatched post {PostKey} ({Verdict}, {Lateness} after its time, retry {RetryAttempt}, recovering {Recovering})")]
    public static partial void PostDispatched(ILogger logger, string postKey, FiringVerdict verdict, TimeSpan lateness, int retryAttempt, bool recovering);

    [LoggerMessage(7002, LogLevel.Warning, "Post {PostKey} planned for {ScheduledUtc:o} was not posted: {Lateness} late is past the grace period; reported as missed")]
    public static partial void PostMissed(ILogger logger, string postKey, DateTimeOffset scheduledUtc, TimeSpan lateness);

    [LoggerMessage(7003, LogLevel.Warning, "Firing post {PostKey} ({Verdict}) failed on retry {RetryAttempt}; Quartz retries it")]
    public static partial void FiringFailed(ILogger logger, Exception exception, string postKey, FiringVerdict verdict, int retryAttempt);

    [LoggerMessage(7004, LogLevel.Information, "Fired the posts of {Scope} due at {FireAtUtc:o}: {Dispatched} done, {Failed} failed (retry {RetryAttempt}, recovering {Recovering})")]
    public static partial void DueFired(ILogger logger, string scope, DateTimeOffset fireAtUtc, int dispatched, int failed, int retryAttempt, bool recovering);
}
