namespace SkoleUtvikling.Bot.Storage.Outbox.Sending;

/// <summary>What a failed Connector call means for the outbox row (protocol.md §5).</summary>
public enum FailureKind
{
    /// <summary>429: pause the whole tenant until Retry-After, then try again.</summary>
    Throttled,

    /// <summary>412, 5xx, timeout, network: try again after a backoff.</summary>
    Transient,

    /// <summary>The bot can no longer write into this conversation (blocked, removed, gone): stop it and every later row for it.</summary>
    ConversationGone,

    /// <summary>Will not heal by retrying (bad request, too big, not registered, disabled): stop this row.</summary>
    Permanent,
}
