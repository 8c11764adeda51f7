namespace SkoleUtvikling.Bot.Storage.Queue;

/// <summary>
/// What becomes of a job after a failed attempt: tried again at <see cref="RetryAt"/>, or stopped
/// with <see cref="StopReason"/>. <see cref="Interrupted"/>: the attempt may have been carried out.
/// </summary>
public readonly record struct FailureDecision(DateTimeOffset? RetryAt, string? StopReason, bool Interrupted)
{
    public static FailureDecision Retry(DateTimeOffset at, bool interrupted) => new(at, null, interrupted);

    public static FailureDecision Stop(string reason, bool interrupted) => new(null, reason, interrupted);
}
