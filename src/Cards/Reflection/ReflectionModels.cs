namespace SkoleUtvikling.Cards.Reflection;

/// <summary>One question of a reflection form; lengths count characters after trimming.</summary>
public sealed record ReflectionQuestion(string Id, string Text, int MinLength = 10, int MaxLength = 4000);

/// <summary>Why an answer was not accepted.</summary>
public enum ReflectionErrorKind
{
    Empty,
    TooShort,
    TooLong,
}

/// <summary>One field error, shown under its field.</summary>
public sealed record ReflectionFieldError(string QuestionId, ReflectionErrorKind Kind, int Limit);

/// <summary>One answer, trimmed.</summary>
public sealed record ReflectionAnswer(string QuestionId, string Text);

/// <summary>A question and its answer as shown to people.</summary>
public sealed record ReflectionQa(string Question, string Answer);

/// <summary>
/// The form a teacher fills in. <paramref name="Answers"/> (by question id) pre-fills the fields so
/// nothing typed is lost; <paramref name="Deadline"/> is already Europe/Oslo text.
/// </summary>
public sealed record ReflectionFormModel(
    string RoundId,
    string Title,
    string Meeting,
    string Deadline,
    IReadOnlyList<ReflectionQuestion> Questions,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyList<ReflectionFieldError> Errors,
    ReflectionFormSurface Surface = ReflectionFormSurface.Inline)
{
    /// <summary>The line above the questions; null for the usual one (who sees the note). A chase says why it came.</summary>
    public string? Intro { get; init; }
}

/// <summary>Where the form is shown, which decides how «Send inn» reaches the bot.</summary>
public enum ReflectionFormSurface
{
    /// <summary>In a chat message: Action.Execute (adaptiveCard/action) with an Action.Submit fallback.</summary>
    Inline,

    /// <summary>In a Teams dialog opened with task/fetch: Action.Submit, which Teams sends as task/submit.</summary>
    Dialog,
}

/// <summary>Whether the author may still change a delivered note.</summary>
public enum ReflectionReceiptState
{
    Editable,
    Locked,
    AcceptedLate,
}

/// <summary>The receipt the author sees; times are Europe/Oslo text, <paramref name="AuthorUserId"/> the Teams MRI.</summary>
public sealed record ReflectionReceiptModel(
    string RoundId,
    string Title,
    string Meeting,
    string ReceivedAt,
    string Deadline,
    ReflectionReceiptState State,
    IReadOnlyList<ReflectionQa> Summary,
    string AuthorUserId);

/// <summary>One delivered note as leaders see it.</summary>
public sealed record ReflectionRoundNote(
    string NoteId,
    string Author,
    string SubmittedAt,
    bool Late,
    IReadOnlyList<ReflectionQa> Answers,
    bool PickedForPlenum);

/// <summary>All notes of a round for its leaders, and the names of those who still owe one.</summary>
public sealed record ReflectionRoundModel(
    string RoundId,
    string Title,
    string Meeting,
    int Expected,
    IReadOnlyList<ReflectionRoundNote> Notes,
    IReadOnlyList<string>? Missing = null);

/// <summary>The channel post's view of a round: counts only, never names or notes.</summary>
public sealed record ReflectionCountModel(string RoundId, string Title, string Meeting, string Deadline, int Delivered, int Expected)
{
    /// <summary>A round of one group (a flexible meeting's nettverksgruppe): the section names it, since the post is the meeting's.</summary>
    public bool ShowTitle { get; init; }
}

/// <summary>One of the author's own notes in «mine notater»; <paramref name="State"/> is already bokmål.</summary>
public sealed record ReflectionOwnNote(string Title, string Meeting, string State, string SavedAt, IReadOnlyList<ReflectionQa> Answers);

/// <summary>One round in a leader's list of rounds.</summary>
public sealed record ReflectionRoundLine(string RoundId, string Title, string Meeting, string Deadline, int Delivered, int Expected);
