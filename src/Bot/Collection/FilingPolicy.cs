using SkoleUtvikling.Bot.Filing;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// Where a form's documents are filed below the archive the leaders chose with <c>arkiv</c>: one root
/// folder per form, a folder per meeting, a file per person. Names are deterministic, so filing the
/// same note twice replaces the same file instead of making a second one.
/// </summary>
public sealed record FilingPolicy
{
    public FilingPolicy(string rootFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootFolder);
        RootFolder = FilingPath.SanitizeSegment(rootFolder);
    }

    /// <summary>The first folder below the archive ("Refleksjonsnotater").</summary>
    public string RootFolder { get; }

    /// <summary>
    /// "Refleksjonsnotater/&lt;meeting&gt;/&lt;name&gt;.docx". Two people with the same name in one meeting
    /// are kept apart by a disambiguator (a short stable id).
    /// </summary>
    public FilingPath PathFor(string meeting, string name, string? disambiguator = null) =>
        FilingPath.Of([RootFolder, meeting], (string.IsNullOrWhiteSpace(disambiguator) ? name : $"{name} ({disambiguator})") + ".docx");

    /// <summary>"2026-11-24 Fellestid lesing": sorts by date in a folder listing.</summary>
    public static string MeetingFolder(DateOnly date, string title) => $"{date:yyyy-MM-dd} {title}";
}
