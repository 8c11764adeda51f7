using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>The outbox worker's settings, section <c>Outbox</c>. Times are TimeSpans ("00:00:02").</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>False: this instance only enqueues; another replica sends.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the worker looks for due rows when nothing woke it (other replicas' rows, retries coming due).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Rows one worker works on at once (each is the head of a different conversation).</summary>
    public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>How long a claimed row belongs to this worker; a crashed worker's rows are taken over after it. Longer than 2 × (MaxInlineWait + SendTimeout).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The longest one Connector call may take before its outcome counts as unknown.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>On shutdown, how long calls already under way may take to finish and be recorded before they are cancelled. Keep it below the host's shutdown timeout (30 s by default).</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A rate-limit wait up to this is waited out holding the row; a longer one hands the row back with a due time.</summary>
    public TimeSpan MaxInlineWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>First retry delay after a transient error (412, 5xx, network) and after a 429 without Retry-After; doubles per attempt, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest retry delay.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>After this many failed attempts (429s not counted) the row is given up as dead.</summary>
    public int MaxAttempts { get; set; } = 20;

    /// <summary>Teams' limit per app per tenant (protocol.md §5). With several replicas sending, divide it between them.</summary>
    public int TenantRequestsPerSecond { get; set; } = Sending.TeamsRateLimits.PerTenantPerSecond;

    /// <summary>What to do with a message whose earlier attempt may or may not have arrived (crash or timeout mid-call).</summary>
    public InDoubtPolicy InDoubt { get; set; } = InDoubtPolicy.Resend;
}
