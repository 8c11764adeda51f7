using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Filing.Queue;

/// <summary>A job a worker claimed.</summary>
public sealed class FilingJobRow : IQueuedJob
{
    public long Id { get; init; }
    public string DedupeKey { get; init; } = "";
    public string TenantId { get; init; } = "";
    public string TeamId { get; init; } = "";
    public string DocumentKind { get; init; } = "";
    public string SubjectId { get; init; } = "";
    public string? NotifyUserId { get; init; }
    public string? NotifyServiceUrl { get; init; }

    /// <summary>Attempts before this one.</summary>
    public int Attempts { get; init; }
    public long CreatedAtMs { get; init; }
}
