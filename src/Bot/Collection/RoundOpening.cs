using SkoleUtvikling.Bot.Collection.Storage;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// Everything needed to open a round of any kind, from a command or a fired post. <see cref="SubjectKey"/>
/// names what the round is about (a plan event, "mellomarbeid:nordby-skole:3"): with the tenant and the
/// form it makes the round's id, so opening the same round twice finds the first. People are resolved
/// by the caller from the roster, configuration or <see cref="IUnitDirectory"/> (see <see cref="ForUnits"/>).
/// </summary>
public sealed record RoundOpening(
    string Kind,
    string TenantId,
    FormDefinition Form,
    string SubjectKey,
    string Title,
    string Meeting,
    DateOnly Date,
    string TeamId,
    string ChannelId,
    string ServiceUrl,
    string PostDedupeKey,
    IReadOnlyList<RoundPerson> People,
    DateTimeOffset OpensAt,
    DateTimeOffset Deadline,
    LatePolicy Late)
{
    public AnswerBy AnswerBy { get; init; } = AnswerBy.Person;

    public IReadOnlyList<RoundEditor> Editors { get; init; } = [];

    public ReminderPolicy Reminders { get; init; } = ReminderPolicy.Default;

    /// <summary>
    /// The unit this round is for within its subject (a flexible meeting's nettverksgruppe), or null: with a scope the
    /// subject has one round per unit (<see cref="RoundScope"/>).
    /// </summary>
    public string? Scope { get; init; }

    /// <summary>
    /// People and editors of a round that collects one answer per unit: each unit is a participant (its
    /// id the answer's owner, its name the author's name), its leaders lead the round, its editors edit.
    /// </summary>
    public static (IReadOnlyList<RoundPerson> People, IReadOnlyList<RoundEditor> Editors) ForUnits(IEnumerable<(RegisteredUnit Unit, UnitPeople People)> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var people = new List<RoundPerson>();
        var editors = new List<RoundEditor>();
        foreach (var (unit, unitPeople) in units)
        {
            people.Add(new RoundPerson(unit.Id, RoundRole.Participant, null, unit.Name));
            people.AddRange(unitPeople.Leaders.Select(l => new RoundPerson(l.UserId, RoundRole.Leader, l.AadObjectId, l.Name)));
            editors.AddRange(unitPeople.Editors.Select(e => new RoundEditor(unit.Id, e.UserId, e.AadObjectId, e.Name)));
        }

        return ([.. people.DistinctBy(p => (p.UserId, p.Role))], editors);
    }
}
