namespace SkoleUtvikling.Bot.Storage.Queue;

/// <summary>
/// A job whose last attempt has an unknown outcome (the worker died or timed out after the request
/// left) may have been carried out. Where the target offers no idempotency key and no way to look
/// (Teams sends), the queue must choose. Idempotent calls (Teams updates, Graph uploads) are always repeated.
/// </summary>
public enum InDoubtPolicy
{
    /// <summary>Try again: nothing is lost, the effect may happen twice (at-least-once). The job records it.</summary>
    Resend,

    /// <summary>Stop the job as dead with the reason, for a person to resend: nothing doubles, something may be missing (at-most-once).</summary>
    Hold,
}
