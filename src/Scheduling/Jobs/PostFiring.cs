using Microsoft.Extensions.Logging;

namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>
/// One post's firing: judge its lateness now, then hand it to the Bot or, past the grace period,
/// report it as missed. It decides nothing about content; the plan did that.
/// </summary>
/// <remarks>
/// Throws when the dispatch or report failed (logged here): the post is then not done, and the
/// calling job leaves it to its trigger's retry policy (<see cref="PostJobMapping.DispatchRetry"/>).
/// </remarks>
public sealed class PostFiring(IPostDispatcher dispatcher, IMisfireReporter misfireReporter, FiringWindow window, TimeProvider time, ILogger<PostFiring> logger)
{
    public async Task FireAsync(string postKey, DateTimeOffset scheduledUtc, int retryAttempt, bool recovering, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var verdict = window.Judge(scheduledUtc, now);
        try
        {
            if (verdict == FiringVerdict.Missed)
            {
                await misfireReporter.ReportMissedAsync(postKey, scheduledUtc, now, cancellationToken);
                SchedulingLog.PostMissed(logger, postKey, scheduledUtc, now - scheduledUtc);
                return;
            }

            await dispatcher.DispatchAsync(postKey, scheduledUtc, verdict == FiringVerdict.Late, cancellationToken);
            SchedulingLog.PostDispatched(logger, postKey, verdict, now - scheduledUtc, retryAttempt, recovering);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SchedulingLog.FiringFailed(logger, ex, postKey, verdict, retryAttempt);
            throw;
        }
    }
}
