using SkoleUtvikling.Bot.Features.Reflection;
using System.Collections.Concurrent;
using System.Text;
using SkoleUtvikling.Bot.Filing;

namespace SkoleUtvikling.Testing.Filing;

/// <summary>
/// A document source for tests: subjects are set by the test; each renders as a small text under
/// <c>Refleksjonsnotater/{meeting}/{name}.docx</c>. Counts how often each subject was loaded.
/// </summary>
public sealed class TestDocumentSource(string kind = TestDocumentSource.DefaultKind) : IFilingDocumentSource
{
    public const string DefaultKind = "test-note";

    private readonly ConcurrentDictionary<string, FilingDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _loads = new(StringComparer.Ordinal);

    public string Kind => kind;

    /// <summary>Sets (or replaces, as a new version) the subject's document and returns it.</summary>
    public FilingDocument Set(string subjectId, string meeting, string name, string? text = null)
    {
        var document = new FilingDocument(ReflectionFiling.Notes.PathFor(meeting, name), Encoding.UTF8.GetBytes(text ?? $"note {subjectId} by {name}"));
        _documents[subjectId] = document;
        return document;
    }

    public void Remove(string subjectId) => _documents.TryRemove(subjectId, out _);

    public int Loads(string subjectId) => _loads.GetValueOrDefault(subjectId);

    public Task<FilingDocument?> LoadAsync(string tenantId, string subjectId, CancellationToken cancellationToken)
    {
        _loads.AddOrUpdate(subjectId, 1, (_, n) => n + 1);
        return Task.FromResult(_documents.GetValueOrDefault(subjectId));
    }
}
