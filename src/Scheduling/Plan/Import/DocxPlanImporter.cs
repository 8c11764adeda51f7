using DocumentFormat.OpenXml.Packaging;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Imports the calendar table ("Kalender og milepæler") of a development plan written in Word.
/// A file that is not a readable .docx, has no calendar table, or has a row that cannot be read is rejected
/// as a whole, naming the file, the row and the reason.
/// </summary>
public sealed class DocxPlanImporter(TimeProvider timeProvider) : IPlanImporter
{
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    public PlanImportResult Import(Stream content, string fileName) =>
        OpenXmlImport.Run(content, fileName, timeProvider, PlanImportTexts.NotADocx, (stream, interpreter) =>
        {
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            if (document.MainDocumentPart is not { } main)
            {
                return false;
            }

            DocxCalendarTable.Read(main, interpreter);
            return true;
        });
}
