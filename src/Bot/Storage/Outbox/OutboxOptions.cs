using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Storage.Outbox;

/// <summary>The outbox worker's settings, section <c>Outbox</c>: the queue's own (<see cref="QueueOptions"/>) and the Teams-send kind's.</summary>
public sealed class OutboxOptions() : QueueOptions(
    pollInterval: TimeSpan.FromSeconds(2), leaseDuration: TimeSpan.FromMinutes(2), retryBaseDelay: TimeSpan.FromSeconds(2), retryMaxDelay: TimeSpan.FromMinutes(10))
{
    public const string Section = "Outbox";

    /// <summary>Rows one worker works on at once (each is the head of a different conversation).</summary>
    public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>The longest one Connector call may take before its outcome counts as unknown.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A rate-limit wait up to this is waited out holding the row; a longer one hands the row back with a due time.</summary>
    public TimeSpan MaxInlineWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>After this many failed attempts (429s not counted) the row is given up as dead.</summary>
    public int MaxAttempts { get; set; } = 20;

    /// <summary>Teams' limit per app per tenant (protocol.md §5). With several replicas sending, divide it between them.</summary>
    public int TenantRequestsPerSecond { get; set; } = Sending.TeamsRateLimits.PerTenantPerSecond;

    /// <summary>What to do with a message whose earlier attempt may or may not have arrived (crash or timeout mid-call).</summary>
    public InDoubtPolicy InDoubt { get; set; } = InDoubtPolicy.Resend;
}
