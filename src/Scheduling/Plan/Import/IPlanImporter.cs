namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>Reads a plan file into events. Never throws for a bad file: a file that cannot be read is a rejected result.</summary>
public interface IPlanImporter
{
    /// <summary>File name endings this importer reads, e.g. ".docx".</summary>
    IReadOnlyList<string> Extensions { get; }

    PlanImportResult Import(Stream content, string fileName);
}
