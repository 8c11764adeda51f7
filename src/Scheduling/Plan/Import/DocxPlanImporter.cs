using DocumentFormat.OpenXml.Packaging;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Imports the calendar table ("Kalender og milepæler") of a development plan written in Word, in the layouts
/// people use (see <see cref="DocxCalendarTable"/>). A file that is not a readable .docx, is larger than the
/// limits allow, or has no calendar table is rejected, naming the file and the reason; a row that cannot be
/// read is a warning and the rest is imported.
/// </summary>
public sealed class DocxPlanImporter(TimeProvider timeProvider, PlanImportLimits? limits = null) : IPlanImporter
{
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public PlanImportResult Import(Stream content, string fileName, CancellationToken cancellationToken = default) =>
        OpenXmlImport.Run(content, fileName, timeProvider, limits ?? PlanImportLimits.Default, PlanImportTexts.NotADocx, (stream, interpreter) =>
        {
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            if (document.MainDocumentPart is not { } main)
            {
                return false;
            }

            DocxCalendarTable.Read(main, interpreter);
            return true;
        }, cancellationToken);
}
