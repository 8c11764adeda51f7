using System.IO.Compression;

namespace SkoleUtvikling.Bot.Filing.Word;

/// <summary>
/// Rewrites a zip package (a .docx) with every entry stamped with one fixed time, in the same order:
/// System.IO.Packaging stamps entries with the current time, which would make two renders of the same
/// note differ and every re-filing look like a change.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>1 January 1980, the earliest time a zip entry can hold.</summary>
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
