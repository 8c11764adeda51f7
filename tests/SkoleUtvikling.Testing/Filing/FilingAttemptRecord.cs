namespace SkoleUtvikling.Testing.Filing;

/// <summary>A <c>filing_attempts</c> row as a test reads it.</summary>
public sealed record FilingAttemptRecord
{
    public long JobId { get; init; }
    public int Attempt { get; init; }
    public string LeaseOwner { get; init; } = "";
    public long StartedAtMs { get; init; }
    public long FinishedAtMs { get; init; }
    public int StatusCode { get; init; }
    public string Outcome { get; init; } = "";
    public long? RetryAfterMs { get; init; }
    public long? NextAttemptAtMs { get; init; }
}
