namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>
/// Hears about posts that were not posted because their time passed more than the grace period ago
/// (the bot was down); implemented by the Bot, which tells the coordinator. A missed post is never
/// dropped silently.
/// </summary>
/// <remarks>
/// At least once: a crash after reporting but before Quartz records the firing as complete reports
/// again, so the Bot should dedupe on <c>postKey</c>. Throwing retries the report with backoff.
/// </remarks>
public interface IMisfireReporter
{
    /// <param name="postKey">The <see cref="ScheduledPost.PostKey"/> that was not posted.</param>
    /// <param name="scheduledFireUtc">When the plan wanted it posted.</param>
    /// <param name="detectedUtc">When the scheduler noticed (after a restart, typically).</param>
    Task ReportMissedAsync(string postKey, DateTimeOffset scheduledFireUtc, DateTimeOffset detectedUtc, CancellationToken cancellationToken);
}
