namespace SkoleUtvikling.Testing.Filing;

/// <summary>A <c>filing_jobs</c> row as a test reads it.</summary>
public sealed record FilingJobRecord
{
    public long Id { get; init; }
    public string DedupeKey { get; init; } = "";
    public string TeamId { get; init; } = "";
    public string SubjectId { get; init; } = "";
    public string Status { get; init; } = "";
    public int Attempts { get; init; }
    public long NextAttemptAtMs { get; init; }
    public string? LeaseOwner { get; init; }
    public int? LastStatusCode { get; init; }
    public string? LastError { get; init; }
    public string? Location { get; init; }
    public string? WebUrl { get; init; }
    public long CreatedAtMs { get; init; }
    public long? CompletedAtMs { get; init; }
}
