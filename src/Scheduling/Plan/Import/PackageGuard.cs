using System.IO.Compression;
using System.Text;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Looks inside a .docx/.xlsx package before the Open XML SDK loads it: too many entries, XML parts that inflate
/// beyond the limit (counted while inflating, since a zip's declared sizes can lie), or a DTD in any XML part
/// (entity expansion) refuse the file. Parts that are not XML (images) are never inflated by the importer, so
/// they are not read here either.
/// </summary>
internal static class PackageGuard
{
    private static readonly byte[] Doctype = Encoding.ASCII.GetBytes("<!DOCTYPE");

    /// <summary>The reason the package is refused, or null when it may be opened. Not a zip: null (the SDK says so).</summary>
    public static string? Check(Stream package, PlanImportLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            return Inspect(package, limits, cancellationToken);
        }
        finally
        {
            package.Position = 0;
        }
    }

    private static string? Inspect(Stream package, PlanImportLimits limits, CancellationToken cancellationToken)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            return null;
        }

        using (archive)
        {
            if (archive.Entries.Count > limits.MaxPackageEntries)
            {
                return PlanImportTexts.TooManyParts(limits.MaxPackageEntries);
            }

            var budget = limits.MaxUnpackedXmlBytes;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries.Where(IsXml))
            {
                if (entry.Length > budget)
                {
                    return PlanImportTexts.TooLargeUnpacked(limits.MaxUnpackedXmlBytes);
                }

                using var content = entry.Open();
                var tail = Array.Empty<byte>();
                int read;
                while ((read = content.Read(buffer)) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    budget -= read;
                    if (budget < 0)
                    {
                        return PlanImportTexts.TooLargeUnpacked(limits.MaxUnpackedXmlBytes);
                    }

                    if (ContainsDoctype(tail, buffer.AsSpan(0, read)))
                    {
                        return PlanImportTexts.DtdNotAllowed;
                    }

                    tail = buffer.AsSpan(Math.Max(0, read - Doctype.Length), Math.Min(read, Doctype.Length)).ToArray();
                }
            }
        }

        return null;
    }

    private static bool IsXml(ZipArchiveEntry entry) =>
        entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || entry.FullName.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);

    /// <summary>"&lt;!DOCTYPE" in this chunk, or cut across the end of the previous one.</summary>
    private static bool ContainsDoctype(byte[] tail, ReadOnlySpan<byte> chunk)
    {
        if (chunk.IndexOf(Doctype) >= 0)
        {
            return true;
        }

        if (tail.Length == 0)
        {
            return false;
        }

        var seam = new byte[tail.Length + Math.Min(chunk.Length, Doctype.Length)];
        tail.CopyTo(seam, 0);
        chunk[..(seam.Length - tail.Length)].CopyTo(seam.AsSpan(tail.Length));
        return seam.AsSpan().IndexOf(Doctype) >= 0;
    }
}
