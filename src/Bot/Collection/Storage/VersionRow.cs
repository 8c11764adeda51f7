namespace SkoleUtvikling.Bot.Collection.Storage;

/// <summary>One row of collection_versions as Dapper reads it.</summary>
internal sealed record VersionRow
{
    public string RoundId { get; init; } = "";
    public string AuthorId { get; init; } = "";
    public int Number { get; init; }
    public string EditedBy { get; init; } = "";
    public string AuthorName { get; init; } = "";
    public long SavedAtMs { get; init; }
    public string AnswersJson { get; init; } = "{}";
    public bool IsDraft { get; init; }
    public bool IsLate { get; init; }

    public SubmissionVersion ToVersion() => new(
        Number,
        EditedBy,
        DateTimeOffset.FromUnixTimeMilliseconds(SavedAtMs),
        CollectionJson.DeserializeAnswers(AnswersJson),
        IsDraft,
        IsLate);

    /// <summary>Groups rows (ordered by author and number) into one submission per author.</summary>
    public static IReadOnlyList<Submission> ToSubmissions(IEnumerable<VersionRow> rows) =>
        [.. rows.GroupBy(r => (r.RoundId, r.AuthorId))
            .Select(g => new Submission(g.Key.RoundId, g.Key.AuthorId, [.. g.OrderBy(r => r.Number).Select(r => r.ToVersion())]))];
}
