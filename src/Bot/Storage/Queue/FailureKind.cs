namespace SkoleUtvikling.Bot.Storage.Queue;

/// <summary>What a failed attempt means for its job; each job kind maps its own errors to one (protocol.md §5 for Teams).</summary>
public enum FailureKind
{
    /// <summary>429: pause the whole tenant until Retry-After (or a backoff), then try again.</summary>
    Throttled,

    /// <summary>5xx, timeout, network: try again after max(backoff, Retry-After).</summary>
    Transient,

    /// <summary>The target is closed to the bot (a blocked or removed conversation): stop the job, and the kind stops what else goes there.</summary>
    TargetGone,

    /// <summary>Will not heal by retrying (bad request, too big, no permission): stop this job.</summary>
    Permanent,
}
