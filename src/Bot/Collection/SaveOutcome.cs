namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// What saving an answer did. Saved: Submission holds the new version. Invalid: Errors say why and
/// Answers holds what was typed, to show again. Refused: Window says why (locked, not open, not in round).
/// Conflict: Submission is the answer as stored now (its Latest is the newer version) and Answers holds
/// what the editor typed, to show again; nothing was saved.
/// </summary>
public sealed record SaveOutcome(
    SaveStatus Status,
    SubmitWindow Window,
    Submission? Submission,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyList<FieldError> Errors)
{
    /// <summary>The version saved meanwhile, when this save was refused for it.</summary>
    public SubmissionVersion? NewerVersion => Status == SaveStatus.Conflict ? Submission?.Latest : null;

    /// <summary>A delivery (not a draft) was saved: count it, file it, confirm it.</summary>
    public bool Delivered => Status == SaveStatus.Saved && Submission?.Latest is { IsDraft: false };
}
