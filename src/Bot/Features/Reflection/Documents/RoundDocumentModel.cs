namespace SkoleUtvikling.Bot.Features.Reflection.Documents;

/// <summary>A whole round collected in one document: facts, who was picked for plenum, then every note.</summary>
/// <param name="Expected">How many were asked to write; <see cref="Notes"/> holds those who did.</param>
public sealed record RoundDocumentModel(
    string Title,
    string Meeting,
    string Deadline,
    int Expected,
    IReadOnlyList<NoteDocumentModel> Notes,
    IReadOnlyList<string> PickedForPlenumAuthors);
