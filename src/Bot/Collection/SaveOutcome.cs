namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// What saving an answer did. Saved: Submission holds the new version. Invalid: Errors say why and
/// Answers holds what was typed, to show again. Refused: Window says why (locked, not open, not in round).
/// </summary>
public sealed record SaveOutcome(
    SaveStatus Status,
    SubmitWindow Window,
    Submission? Submission,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyList<FieldError> Errors);
