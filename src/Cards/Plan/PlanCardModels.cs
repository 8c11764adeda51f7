using System.Text.Json.Nodes;

namespace SkoleUtvikling.Cards.Plan;

/// <summary>One meeting as a line in a preview or a list; every text already formatted for people (Europe/Oslo).</summary>
public sealed record PlanEventLine(string When, string Programme, string Title, string? Room, string? Lesebestilling);

/// <summary>What a re-import changes compared with the published plan.</summary>
public sealed record PlanChanges(int New, int Changed, int Removed, int Unchanged, IReadOnlyList<string> Examples);

/// <summary>Everything the preview card shows before «Publiser».</summary>
public sealed record PlanPreviewModel(
    string FileName,
    string ImportId,
    int EventCount,
    IReadOnlyList<(string Programme, int Count)> PerProgramme,
    IReadOnlyList<PlanEventLine> Next,
    IReadOnlyList<string> Warnings,
    PlanChanges? Changes);

/// <summary>
/// A post in a programme's channel about one meeting. <paramref name="Sections"/> are what features add
/// under it (a round's count and button, «Meld inn sak»); the plan does not know them.
/// </summary>
public sealed record MeetingPostModel(
    MeetingPostKind Kind,
    string Programme,
    string Title,
    string When,
    string? Room,
    string? Topic,
    IReadOnlyList<string> Participants,
    string? Lesebestilling,
    IReadOnlyList<(string Title, Uri Url)> Links,
    string? FlexibleWindow,
    string? Deadline,
    IReadOnlyList<JsonNode>? Sections = null);

public enum MeetingPostKind
{
    Lesebestilling,
    Reminder,
    CallForSaker,
    Saksliste,
}
