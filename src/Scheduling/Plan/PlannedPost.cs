namespace SkoleUtvikling.Scheduling.Plan;

/// <summary>
/// A post derived from a plan event. <see cref="Key"/> ("{event key}/{kind}") is what a job is named by,
/// so re-planning the same plan yields the same jobs. <see cref="IsLate"/> marks a post whose planned time had
/// passed when it was planned; it then fires at the next allowed moment instead.
/// </summary>
public sealed record PlannedPost(string EventKey, PostKind Kind, DateTimeOffset FireAt, bool IsLate, DateOnly? Deadline = null)
{
    public string Key => $"{EventKey}/{KindSlug(Kind)}";

    /// <summary>The kind as it stands in a post key: "lesebestilling", "call-for-saker" …</summary>
    public static string KindSlug(PostKind kind) => kind switch
    {
        PostKind.Lesebestilling => "lesebestilling",
        PostKind.Reminder => "reminder",
        PostKind.CallForSaker => "call-for-saker",
        PostKind.Saksliste => "saksliste",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
