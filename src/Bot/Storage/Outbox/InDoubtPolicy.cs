namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>
/// A send whose outcome is unknown (the worker died or timed out after the request left) may have
/// been delivered. Teams offers no idempotency key and no way to look, so the outbox must choose.
/// Updates (PUT) are idempotent and always resent.
/// </summary>
public enum InDoubtPolicy
{
    /// <summary>Send again: nothing is lost, a message may arrive twice (at-least-once). The row records it.</summary>
    Resend,

    /// <summary>Stop the row as dead with the reason, for a person to resend: nothing doubles, something may be missing (at-most-once).</summary>
    Hold,
}
