using System.IO.Packaging;
using System.Xml;
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

    public PlanImportResult Import(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var interpreter = new PlanRowInterpreter(fileName, timeProvider);
        var seekable = content.CanSeek ? content : CopyToMemory(content);
        try
        {
            using var document = WordprocessingDocument.Open(seekable, isEditable: false);
            if (document.MainDocumentPart is not { } main)
            {
                return PlanImportResult.Rejected(new PlanImportError(fileName, null, PlanImportTexts.NotADocx));
            }

            DocxCalendarTable.Read(main, interpreter);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException)
        {
            return PlanImportResult.Rejected(new PlanImportError(fileName, null, PlanImportTexts.NotADocx));
        }
        finally
        {
            if (!ReferenceEquals(seekable, content))
            {
                seekable.Dispose();
            }
        }

        return interpreter.Finish();
    }

    /// <summary>The package reader needs to seek; an upload stream may not.</summary>
    private static MemoryStream CopyToMemory(Stream content)
    {
        var copy = new MemoryStream();
        content.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
