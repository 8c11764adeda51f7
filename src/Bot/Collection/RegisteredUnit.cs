namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// A team or channel a leader registered as what it is (<c>enhet</c>): a school, the veilederteam, a
/// nettverksgruppe. Rounds that collect one answer per unit name the unit by <see cref="Id"/>.
/// </summary>
public sealed record RegisteredUnit(string TenantId, string Id, string Kind, string Name, string TeamId, string ChannelId, string ServiceUrl);

/// <summary>The kinds of unit a leader can register.</summary>
public static class UnitKinds
{
    public const string School = "skole";
    public const string Veilederteam = "veilederteam";
    public const string Nettverksgruppe = "nettverksgruppe";

    public static IReadOnlyList<string> All { get; } = [School, Veilederteam, Nettverksgruppe];
}

/// <summary>
/// One person of a unit. A configured person outside the team has the user id <c>aad:{AadObjectId}</c>
/// (they are matched by Entra id when they write to the bot).
/// </summary>
/// <param name="Email">Their mail address (or UPN) as the roster gives it, for calendar invitations; null when unknown.</param>
public sealed record UnitPerson(string UserId, string? AadObjectId, string Name, string? Email = null);

/// <summary>
/// A unit's people as the roster and configuration say now: members (the team), leaders (read every
/// answer, are told of escalations) and editors (may write the unit's answer).
/// </summary>
public sealed record UnitPeople(IReadOnlyList<UnitPerson> Members, IReadOnlyList<UnitPerson> Leaders, IReadOnlyList<UnitPerson> Editors);

/// <summary>
/// How a feature finds a unit and its people, without knowing the feature that registers them. The
/// roles come from the one place that decides roles (the leaders' directory).
/// </summary>
public interface IUnitDirectory
{
    Task<RegisteredUnit?> UnitAsync(string tenantId, string unitId, CancellationToken cancellationToken);

    /// <summary>The unit registered in this channel, if any.</summary>
    Task<RegisteredUnit?> UnitOfChannelAsync(string tenantId, string channelId, CancellationToken cancellationToken);

    /// <summary>Every unit of the tenant, or those of one kind (<see cref="UnitKinds"/>), by name.</summary>
    Task<IReadOnlyList<RegisteredUnit>> UnitsAsync(string tenantId, string? kind, CancellationToken cancellationToken);

    /// <summary>Members, leaders and editors from the team's roster and configuration.</summary>
    Task<UnitPeople> PeopleAsync(RegisteredUnit unit, CancellationToken cancellationToken);
}
