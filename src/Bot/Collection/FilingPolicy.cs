namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// Where a round's documents are filed and under which names. Names are deterministic, so filing the
/// same note twice overwrites the same file instead of making a second one.
/// </summary>
public sealed record FilingPolicy
{
    public FilingPolicy(FilingTarget target, string rootFolder, string? teamId = null, string? channelId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootFolder);
        if (target == FilingTarget.LeadersChannelFiles && (string.IsNullOrWhiteSpace(teamId) || string.IsNullOrWhiteSpace(channelId)))
        {
            throw new ArgumentException("Filing to a channel's files folder needs the team id and the channel id.", nameof(channelId));
        }

        Target = target;
        RootFolder = FileNameRules.SafeSegment(rootFolder);
        TeamId = teamId;
        ChannelId = channelId;
    }

    public const string ReflectionNotesFolder = "Refleksjonsnotater";

    public FilingTarget Target { get; }

    /// <summary>The first folder under the target, one per form ("Refleksjonsnotater").</summary>
    public string RootFolder { get; }

    /// <summary>The team and the leaders-only channel chosen with <c>arkiv</c>; null for the local archive.</summary>
    public string? TeamId { get; }

    public string? ChannelId { get; }

    public static FilingPolicy ReflectionNotesInChannel(string teamId, string channelId) =>
        new(FilingTarget.LeadersChannelFiles, ReflectionNotesFolder, teamId, channelId);

    public static FilingPolicy ReflectionNotesInLocalArchive { get; } = new(FilingTarget.LocalArchive, ReflectionNotesFolder);

    /// <summary>
    /// "Refleksjonsnotater/&lt;meeting&gt;/&lt;name&gt;.docx" with unsafe characters replaced. Two people
    /// with the same name in one meeting need a disambiguator (e.g. a short stable id) to keep apart.
    /// </summary>
    public string PathFor(string meeting, string name, string? disambiguator = null)
    {
        var file = string.IsNullOrWhiteSpace(disambiguator) ? name : $"{name} ({disambiguator})";
        return $"{RootFolder}/{FileNameRules.SafeSegment(meeting)}/{FileNameRules.SafeSegment(file)}.docx";
    }

    /// <summary>"2026-11-24 Fellestid lesing": sorts by date in a folder listing.</summary>
    public static string MeetingFolder(DateOnly date, string title) => $"{date:yyyy-MM-dd} {title}";
}
