using SkoleUtvikling.Bot.Storage.Queue.Limits;

namespace SkoleUtvikling.Bot.Storage.Queue;

/// <summary>
/// The one retry policy of every job kind. A 429 pauses the whole tenant (in this worker's gate and,
/// for every replica, in the kind's pause table) until Retry-After, or an exponential backoff without
/// one, and the job is due exactly then; 429s never count towards giving up. Any other transient failure
/// waits max(backoff with jitter, Retry-After) until <paramref name="maxAttempts"/>. An attempt whose
/// outcome is unknown is repeated, unless the call is not idempotent and the policy is
/// <see cref="InDoubtPolicy.Hold"/>.
/// </summary>
public sealed class FailurePolicy(
    RateLimiter limiter,
    RetryBackoff backoff,
    ITenantPauses pauses,
    int maxAttempts,
    InDoubtPolicy inDoubt,
    TimeProvider time,
    ILogger logger)
{
    /// <param name="attempt">The failed attempt's number, 1 for the first.</param>
    /// <param name="idempotent">Repeating the call does no harm (a PUT, an upload to the same name).</param>
    public async Task<FailureDecision> DecideAsync(string tenantId, JobFailure failure, int attempt, bool idempotent)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var now = time.GetUtcNow();
        var unknown = failure.OutcomeUnknown && !idempotent;
        if (unknown && inDoubt == InDoubtPolicy.Hold)
        {
            return FailureDecision.Stop($"outcome unknown ({failure.What}); held so it is not sent twice", interrupted: true);
        }

        switch (failure.Kind)
        {
            case FailureKind.Throttled:
                var until = limiter.Throttled(tenantId, failure.RetryAfter);
                await pauses.PauseTenantAsync(tenantId, until.ToUnixTimeMilliseconds(), now.ToUnixTimeMilliseconds());
                QueueLog.TenantPaused(logger, pauses.Kind, tenantId, until, failure.RetryAfter is not null);
                return FailureDecision.Retry(until, unknown);
            case FailureKind.Transient when attempt >= maxAttempts:
                return FailureDecision.Stop($"gave up after {attempt} attempts (last {failure.What})", unknown);
            case FailureKind.Transient:
                var delay = backoff.Delay(attempt);
                return FailureDecision.Retry(now + (failure.RetryAfter is { } wait && wait > delay ? wait : delay), unknown);
            case FailureKind.TargetGone:
                return FailureDecision.Stop($"{failure.What}: the target is closed to the bot", unknown);
            default:
                return FailureDecision.Stop($"{failure.What}: will not heal by retrying", unknown);
        }
    }
}
