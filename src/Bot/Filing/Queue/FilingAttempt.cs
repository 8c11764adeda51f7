namespace SkoleUtvikling.Bot.Filing.Queue;

/// <summary>One try at a job, as <c>filing_attempts</c> keeps it.</summary>
/// <param name="StatusCode">HTTP status of the failing Graph call; 0 when none came (network, timeout) or the archive was local; 200 when filed.</param>
/// <param name="Outcome">filed, transient, permanent or gone.</param>
public sealed record FilingAttempt(
    long StartedAtMs,
    long FinishedAtMs,
    int StatusCode,
    string Outcome,
    long? RetryAfterMs = null,
    long? NextAttemptAtMs = null,
    string? Error = null);
