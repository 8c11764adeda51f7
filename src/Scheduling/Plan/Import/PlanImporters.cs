namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>Picks the importer for an uploaded file by its name (.docx, .xlsx, .ics); any other file is rejected.</summary>
public sealed class PlanImporters(IEnumerable<IPlanImporter> importers)
{
    private readonly IPlanImporter[] importers = [.. importers];

    public static PlanImporters All(TimeProvider timeProvider) =>
        new([new DocxPlanImporter(timeProvider), new XlsxPlanImporter(timeProvider), new IcsPlanImporter(timeProvider)]);

    public PlanImportResult Import(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName);
        var importer = Array.Find(importers, i => i.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
        return importer is null
            ? PlanImportResult.Rejected(new PlanImportError(
                fileName, null, PlanImportTexts.UnknownFileType(extension, importers.SelectMany(i => i.Extensions))))
            : importer.Import(content, fileName);
    }
}
