namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// One saved state of a submission. Every save is a new version, never an overwrite, so a note can be
/// shown as it was at any time. EditedBy is who saved it: the author, or one of a unit's editors.
/// </summary>
public sealed record SubmissionVersion(
    int Number,
    string EditedBy,
    DateTimeOffset SavedAt,
    IReadOnlyDictionary<string, string> Answers,
    bool IsDraft,
    bool IsLate)
{
    /// <summary>Who saved this version (the stored <c>edited_by</c>).</summary>
    public string SavedBy => EditedBy;
}
