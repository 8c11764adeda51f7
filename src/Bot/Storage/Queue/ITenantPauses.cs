namespace SkoleUtvikling.Bot.Storage.Queue;

/// <summary>Where a job kind keeps its tenant pauses after a 429, for every worker on the database (<see cref="QueueTable"/>).</summary>
public interface ITenantPauses
{
    /// <summary>The job kind, for logs.</summary>
    string Kind { get; }

    /// <summary>Pauses the tenant until <paramref name="untilMs"/>; a later pause never shortens an earlier one.</summary>
    Task PauseTenantAsync(string tenantId, long untilMs, long now);
}
