namespace SkoleUtvikling.Bot.Features.Reflection.Documents;

/// <summary>One person's reflection note as it is printed. Times are already Europe/Oslo text.</summary>
/// <param name="Late">Submitted after the deadline.</param>
public sealed record NoteDocumentModel(
    string Title,
    string Meeting,
    string Author,
    string SubmittedAt,
    bool Late,
    IReadOnlyList<DocumentAnswer> Answers);
