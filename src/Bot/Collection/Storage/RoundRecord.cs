namespace SkoleUtvikling.Bot.Collection.Storage;

/// <summary>
/// A stored round: the engine's <see cref="Round"/> plus where it lives in Teams. <see cref="People"/>
/// holds everyone resolved for it (participants, leaders, exempt) with the names files and cards show.
/// </summary>
public sealed record RoundRecord(
    Round Round,
    string Title,
    string Meeting,
    DateOnly MeetingDate,
    string TeamId,
    string ServiceUrl,
    string PostDedupeKey,
    IReadOnlyList<RoundPerson> People)
{
    public string Id => Round.Id;

    public string TenantId => Round.TenantId;

    /// <summary>What kind of round this is (the feature's <c>IRoundKind.Kind</c>); reflection rounds have their form's id.</summary>
    public string Kind { get; init; } = "";

    /// <summary>When the one reminder runner reminds, chases and escalates; stored with the round.</summary>
    public ReminderPolicy Reminders { get; init; } = ReminderPolicy.Default;

    /// <summary>For unit answers: each unit's editors, with the names cards show.</summary>
    public IReadOnlyList<RoundEditor> Editors { get; init; } = [];

    /// <summary>The editor's display name, or null when they edit no answer of this round.</summary>
    public string? EditorName(string userId) =>
        Editors.FirstOrDefault(e => string.Equals(e.UserId, userId, StringComparison.OrdinalIgnoreCase))?.Name;

    /// <summary>The Teams ids of the people who may edit the owner's answer (the owner itself in a person round).</summary>
    public IReadOnlyList<string> EditorsOf(string ownerId) => Round.AnswerBy == AnswerBy.Person
        ? [ownerId]
        : [.. Editors.Where(e => string.Equals(e.OwnerId, ownerId, StringComparison.OrdinalIgnoreCase)).Select(e => e.UserId).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>A leader by Teams id, or by Entra id for a configured leader outside the team.</summary>
    public bool IsLeader(string userId, string? aadObjectId) =>
        Round.IsLeader(userId)
        || (!string.IsNullOrEmpty(aadObjectId) && People.Any(p => p.Role == RoundRole.Leader
            && string.Equals(p.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)));

    private (IReadOnlyList<RoundPerson> Of, Dictionary<string, string> Names)? _names;

    /// <summary>The display name of a person in this round, or null when they are not in it.</summary>
    /// <remarks>Looked up in an index built once per people list: cards and documents name every author of a large round.</remarks>
    public string? NameOf(string userId)
    {
        if (_names is not { } index || !ReferenceEquals(index.Of, People))
        {
            var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var person in People)
            {
                names.TryAdd(person.UserId, person.Name);
            }

            index = (People, names);
            _names = index;
        }

        return index.Names.GetValueOrDefault(userId);
    }
}

/// <summary>One person of a round. Role is participant, leader or exempt; a person can hold several.</summary>
public sealed record RoundPerson(string UserId, RoundRole Role, string? AadObjectId, string Name);

/// <summary>
/// One editor of a unit's answer: <paramref name="OwnerId"/> is the unit (a participant of the round).
/// A configured editor outside the team has the user id <c>aad:{AadObjectId}</c> and is matched by Entra id.
/// </summary>
public sealed record RoundEditor(string OwnerId, string UserId, string? AadObjectId, string Name);

public enum RoundRole
{
    Participant,
    Leader,
    Exempt,
}
