using SkoleUtvikling.Bot.Filing;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>The filing worker's way to a whole round's document (<see cref="ReflectionNoteFiling.RoundKind"/>).</summary>
public sealed class ReflectionRoundDocumentSource(ReflectionDocuments documents) : IFilingDocumentSource
{
    public string Kind => ReflectionNoteFiling.RoundKind;

    public Task<FilingDocument?> LoadAsync(string tenantId, string subjectId, CancellationToken cancellationToken) =>
        documents.RoundAsync(tenantId, subjectId, cancellationToken);
}
