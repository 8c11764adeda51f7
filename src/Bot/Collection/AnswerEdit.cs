namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// One save of an answer. <see cref="OwnerId"/> is whose answer it is (the person, or the unit);
/// <see cref="EditorId"/> who saves it (recorded as the version's saved-by). <see cref="BaseVersion"/>
/// is the version the editor opened (0: none existed); when set, saving over a newer version is refused
/// (<see cref="SaveStatus.Conflict"/>). Null keeps the old behaviour: the save becomes the next version.
/// </summary>
public sealed record AnswerEdit(
    string OwnerId,
    string EditorId,
    IReadOnlyDictionary<string, string?> Answers,
    SaveKind Kind)
{
    /// <summary>The editor's Entra object id: configured editors (a rektor) are matched by it.</summary>
    public string? EditorAadObjectId { get; init; }

    public int? BaseVersion { get; init; }

    /// <summary>An answer of one's own: owner and editor are the same person.</summary>
    public static AnswerEdit Own(string userId, IReadOnlyDictionary<string, string?> answers, SaveKind kind) => new(userId, userId, answers, kind);
}
