using System.Text;

namespace SkoleUtvikling.Bot.Filing;

/// <summary>
/// A relative path of folders and a file name, each segment made valid for SharePoint/OneDrive and
/// for a local disk. Deterministic: the same input gives the same path, which is what makes a retried
/// upload replace instead of duplicate.
/// </summary>
public sealed class FilingPath : IEquatable<FilingPath>
{
    // SharePoint rejects these in names; Windows does too, so the archive stays portable.
    private const string InvalidCharacters = "\"*:<>?/\\|#%";
    private const int MaxSegmentLength = 120;
    private static readonly string[] ReservedNames =
        ["CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
         "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "desktop.ini", ".lock"];

    private FilingPath(IReadOnlyList<string> folders, string fileName)
    {
        Folders = folders;
        FileName = fileName;
    }

    public IReadOnlyList<string> Folders { get; }

    public string FileName { get; }

    public IEnumerable<string> Segments => Folders.Append(FileName);

    /// <summary>The path for log lines and error texts: the folders only, since a note's file name is its author's name.</summary>
    public string ForLogs => string.Join('/', Folders.Append("…"));

    public static FilingPath Of(IEnumerable<string> folders, string fileName)
    {
        ArgumentNullException.ThrowIfNull(folders);
        return new FilingPath([.. folders.Select(f => SanitizeSegment(f))], SanitizeSegment(fileName));
    }

    /// <summary>
    /// Replaces characters SharePoint rejects with '-', collapses whitespace, drops leading '~' and
    /// trailing dots and spaces, and shortens long names (keeping the extension).
    /// </summary>
    public static string SanitizeSegment(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var text = new StringBuilder(segment.Length);
        var lastWasSpace = false;
        foreach (var c in segment.Normalize(NormalizationForm.FormC))
        {
            var isSpace = char.IsWhiteSpace(c) || char.IsControl(c);
            if (isSpace)
            {
                if (!lastWasSpace && text.Length > 0)
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(InvalidCharacters.Contains(c, StringComparison.Ordinal) ? '-' : c);
            }

            lastWasSpace = isSpace;
        }

        var result = text.ToString().TrimStart('~', ' ').TrimEnd('.', ' ');
        if (result.Length > MaxSegmentLength)
        {
            var extension = Path.GetExtension(result);
            extension = extension.Length <= 10 ? extension : string.Empty;
            result = result[..(MaxSegmentLength - extension.Length)].TrimEnd('.', ' ') + extension;
        }

        if (result.StartsWith("_vti_", StringComparison.OrdinalIgnoreCase)
            || ReservedNames.Contains(Path.GetFileNameWithoutExtension(result), StringComparer.OrdinalIgnoreCase)
            || ReservedNames.Contains(result, StringComparer.OrdinalIgnoreCase))
        {
            result = "_" + result;
        }

        return result.Length > 0
            ? result
            : throw new ArgumentException($"The name '{segment}' has nothing left that can be a file or folder name.", nameof(segment));
    }

    public override string ToString() => string.Join('/', Segments);

    public bool Equals(FilingPath? other) => other is not null && ToString() == other.ToString();

    public override bool Equals(object? obj) => Equals(obj as FilingPath);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());
}
