namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Reads a plan file into events. Never throws for a bad file: a file that cannot be read is a rejected result.
/// Throws <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires mid-import
/// (the caller's time limit).
/// </summary>
public interface IPlanImporter
{
    /// <summary>File name endings this importer reads, e.g. ".docx".</summary>
    IReadOnlyList<string> Extensions { get; }

    PlanImportResult Import(Stream content, string fileName, CancellationToken cancellationToken = default);
}
