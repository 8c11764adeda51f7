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

public enum RoundRole
{
    Participant,
    Leader,
    Exempt,
}
