using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// What the .docx and .xlsx importers share: a seekable copy of the upload, the package checked against the
/// limits before it is opened, one row interpreter, and any package that cannot be opened turned into a
/// rejection naming the file.
/// </summary>
internal static class OpenXmlImport
{
    /// <param name="read">Reads the opened package into the interpreter; false when the package lacks the part it needs.</param>
    public static PlanImportResult Run(
        Stream content,
        string fileName,
        TimeProvider timeProvider,
        PlanImportLimits limits,
        string unreadable,
        Func<Stream, PlanRowInterpreter, bool> read,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        var interpreter = new PlanRowInterpreter(fileName, timeProvider, limits, cancellationToken);
        var seekable = content.CanSeek ? content : CopyToMemory(content);
        try
        {
            if (PackageGuard.Check(seekable, limits, cancellationToken) is { } refusal)
            {
                return PlanImportResult.Rejected(new PlanImportError(fileName, null, refusal));
            }

            if (!read(seekable, interpreter))
            {
                return PlanImportResult.Rejected(new PlanImportError(fileName, null, unreadable));
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException)
        {
            return PlanImportResult.Rejected(new PlanImportError(fileName, null, unreadable));
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
