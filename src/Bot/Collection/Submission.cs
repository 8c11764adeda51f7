namespace SkoleUtvikling.Bot.Collection;

/// <summary>One person's answer to a round: all its versions, oldest first.</summary>
public sealed record Submission(string RoundId, string AuthorId, IReadOnlyList<SubmissionVersion> Versions)
{
    public SubmissionVersion? Latest => Versions.Count == 0 ? null : Versions[^1];

    /// <summary>The version leaders read and that is filed: the newest one that was sent in.</summary>
    public SubmissionVersion? LatestDelivered => Versions.LastOrDefault(v => !v.IsDraft);

    /// <summary>Decides delivered or late: a late edit of a note sent in on time does not make it late.</summary>
    public SubmissionVersion? FirstDelivered => Versions.FirstOrDefault(v => !v.IsDraft);

    /// <summary>A new submission, or this one with one more version (numbered from 1).</summary>
    public static Submission Append(Submission? existing, string roundId, string authorId, SubmissionVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var versions = existing?.Versions ?? [];
        var numbered = version with { Number = versions.Count + 1 };
        return new Submission(roundId, authorId, [.. versions, numbered]);
    }
}
