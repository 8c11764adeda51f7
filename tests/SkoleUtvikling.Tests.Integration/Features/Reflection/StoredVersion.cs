namespace SkoleUtvikling.Tests.Integration.Features.Reflection;

/// <summary>One row of collection_versions, as a test reads it back.</summary>
public sealed record StoredVersion
{
    public int Number { get; init; }

    public bool IsLate { get; init; }

    public string AnswersJson { get; init; } = "";
}
