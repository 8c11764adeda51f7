using System.Text;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// Makes a text safe as one folder or file name in OneDrive/SharePoint and on Windows, Linux and macOS:
/// characters they refuse become '_', reserved names get a '_' in front, and it is cut to a length
/// that keeps whole paths under SharePoint's 400-character limit. Same input, same output.
/// </summary>
public static class FileNameRules
{
    public const int MaxSegmentLength = 100;

    // SharePoint refuses " * : < > ? / \ |; '#' and '%' break older clients and URLs.
    private const string Unsafe = "\"*:<>?/\\|#%";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", ".lock", "desktop.ini",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string SafeSegment(string? text)
    {
        var builder = new StringBuilder();
        var lastWasSpace = false;
        foreach (var c in (text ?? string.Empty).Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                lastWasSpace = true;
                continue;
            }

            if (lastWasSpace && builder.Length > 0)
            {
                builder.Append(' ');
            }

            lastWasSpace = false;
            builder.Append(char.IsControl(c) || Unsafe.Contains(c, StringComparison.Ordinal) ? '_' : c);
        }

        var name = Trim(Cut(builder.ToString()));
        name = name.Replace("_vti_", "_vti-", StringComparison.OrdinalIgnoreCase);
        if (name.Length == 0)
        {
            return CollectionTexts.UnnamedFile;
        }

        // "~$" marks Office lock files and a leading '.' hides the file.
        if (name[0] is '~' or '.' || Reserved.Contains(name) || Reserved.Contains(Path.GetFileNameWithoutExtension(name)))
        {
            name = "_" + name;
        }

        return name;
    }

    private static string Cut(string name)
    {
        if (name.Length <= MaxSegmentLength)
        {
            return name;
        }

        // Never split a surrogate pair (an emoji in a name).
        var length = char.IsHighSurrogate(name[MaxSegmentLength - 1]) ? MaxSegmentLength - 1 : MaxSegmentLength;
        return name[..length];
    }

    // Windows and SharePoint drop trailing dots and spaces, which would make two names one.
    private static string Trim(string name) => name.TrimEnd('.', ' ').Trim();
}
