using SkoleUtvikling.Bot.Filing;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>The filing worker's way to a reflection note's document (<see cref="ReflectionNoteFiling.NoteKind"/>).</summary>
public sealed class ReflectionNoteDocumentSource(ReflectionDocuments documents) : IFilingDocumentSource
{
    public string Kind => ReflectionNoteFiling.NoteKind;

    public Task<FilingDocument?> LoadAsync(string tenantId, string subjectId, CancellationToken cancellationToken) =>
        documents.NoteAsync(tenantId, subjectId, cancellationToken);
}
