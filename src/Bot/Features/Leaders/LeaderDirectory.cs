using Dapper;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Protocol;
using SkoleUtvikling.Bot.Protocol.Outbound;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Features.Leaders;

/// <summary>
/// The role model, decided here and nowhere else (README, "Who can do what"). Decided from the Teams
/// roster and configuration only, never from what a user typed or from ids in card data:
/// <list type="bullet">
/// <item><b>Coordinator</b> of the municipality's plan: an Entra object id in <c>Leaders:AadObjectIds</c>.
/// Imports, publishes and discards the plan, reads all of it (<c>plan alle</c>, <c>mal</c>), links any
/// programme, and leads every team and round.</item>
/// <item><b>Programme leader</b>: an owner of the team a programme is linked to. Reads the whole plan and
/// may move that programme to another channel of the same team.</item>
/// <item><b>Team leader</b>: an owner of the team (roster). Leads that team only: <c>arkiv</c>,
/// <c>spørsmål</c>, and the rounds posted in its channels.</item>
/// </list>
/// <item><b>Unit roles</b> (<see cref="UnitPeople"/>): in a registered school, leaders are the team's owners,
/// the coordinators and the rektor (<c>Units:Schools</c>); editors of the school's answers are its rektor
/// and SKUT (the owners when none is configured). In the veilederteam and a nettverksgruppe every member
/// edits; owners and coordinators lead.</item>
/// Owning some team gives nothing outside that team. A roster answer is cached per tenant, team and
/// person for an hour; a membership event (<c>membersRemoved</c>) ends it at once.
/// </summary>
public sealed class LeaderDirectory(
    Database database,
    IConnectorClient connector,
    IOptionsMonitor<LeaderOptions> options,
    IOptionsMonitor<UnitRoleOptions> unitRoles,
    TimeProvider time,
    ILogger<LeaderDirectory> logger)
{
    private static readonly TimeSpan RoleCacheLifetime = TimeSpan.FromHours(1);

    /// <summary>A coordinator of the municipality's plan (configuration only).</summary>
    public bool IsCoordinator(Activity activity) =>
        activity.From is not null && activity.TenantId is not null && options.CurrentValue.IsConfigured(activity.From.EntraObjectId);

    /// <summary>Leads the team the activity came from: a coordinator, or an owner of that team. False outside a team.</summary>
    public async Task<bool> LeadsThisTeamAsync(Activity activity, CancellationToken cancellationToken)
    {
        var teamId = activity.ChannelData?.Team?.Id;
        if (teamId is null || activity.From is null || activity.TenantId is null)
        {
            return false;
        }

        return IsCoordinator(activity) || await IsOwnerAsync(activity.TenantId, activity.ServiceUrl ?? "", teamId, activity.From.Id, cancellationToken);
    }

    /// <summary>Whether this person (by Teams id or Entra id) leads <paramref name="teamId"/>: a coordinator or an owner of it.</summary>
    public async Task<bool> LeadsTeamAsync(string tenantId, string serviceUrl, string teamId, ChannelAccount person, CancellationToken cancellationToken) =>
        options.CurrentValue.IsConfigured(person.EntraObjectId)
        || await IsOwnerAsync(tenantId, serviceUrl, teamId, person.Id, cancellationToken);

    /// <summary>May read the whole plan (<c>plan alle</c>): a coordinator, or an owner of a team some programme is linked to.</summary>
    public async Task<bool> LeadsAnyProgrammeAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (IsCoordinator(activity))
        {
            return true;
        }

        if (activity.From is null || activity.TenantId is null)
        {
            return false;
        }

        await using var c = await database.OpenAsync(cancellationToken);
        var teams = (await c.QueryAsync<TeamRow>(new CommandDefinition(LeaderSql.LinkedTeams, new { activity.TenantId }, cancellationToken: cancellationToken))).ToList();
        foreach (var team in teams)
        {
            if (await IsOwnerAsync(activity.TenantId, team.ServiceUrl, team.TeamId, activity.From.Id, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// May link <paramref name="programmeKey"/> to a channel of the activity's team: a coordinator; or an
    /// owner of the team the programme is linked to now, moving it within that same team.
    /// </summary>
    public async Task<bool> MayLinkAsync(Activity activity, string programmeKey, CancellationToken cancellationToken)
    {
        if (IsCoordinator(activity))
        {
            return true;
        }

        var teamId = activity.ChannelData?.Team?.Id;
        if (teamId is null || activity.From is null || activity.TenantId is null)
        {
            return false;
        }

        await using (var c = await database.OpenAsync(cancellationToken))
        {
            var linkedTeam = await c.ExecuteScalarAsync<string?>(new CommandDefinition(LeaderSql.TeamOfProgramme,
                new { activity.TenantId, ProgrammeKey = programmeKey }, cancellationToken: cancellationToken));
            if (linkedTeam != teamId)
            {
                return false;
            }
        }

        return await IsOwnerAsync(activity.TenantId, activity.ServiceUrl ?? "", teamId, activity.From.Id, cancellationToken);
    }

    /// <summary>Sees the leader lines of <c>hjelp</c>: in a team, its leaders; elsewhere, coordinators and programme leaders.</summary>
    public Task<bool> SeesLeaderHelpAsync(Activity activity, CancellationToken cancellationToken) =>
        activity.ChannelData?.Team?.Id is not null ? LeadsThisTeamAsync(activity, cancellationToken) : LeadsAnyProgrammeAsync(activity, cancellationToken);

    /// <summary>
    /// A registered unit's members, leaders and editors, from its team's <paramref name="roster"/> and
    /// configuration. Configured people outside the team are named <c>aad:{id}</c>.
    /// </summary>
    public UnitPeople UnitPeople(RegisteredUnit unit, IReadOnlyList<ChannelAccount> roster)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(roster);
        var coordinators = options.CurrentValue;
        var config = unitRoles.CurrentValue;
        var members = roster.Select(Person).ToList();
        var owners = roster.Where(coordinators.Leads).Select(Person).ToList();
        var leaders = new List<UnitPerson>(owners);
        leaders.AddRange(Configured(coordinators.AadObjectIds, roster));
        List<UnitPerson> editors;
        switch (unit.Kind)
        {
            case UnitKinds.School:
                var school = config.School(unit.Name);
                var rektor = Configured(school?.Rektor ?? [], roster);
                leaders.AddRange(rektor);
                editors = [.. rektor, .. Configured(school?.Skut ?? [], roster)];
                if (editors.Count == 0)
                {
                    editors = owners;
                }

                break;
            case UnitKinds.Veilederteam:
                var extra = Configured(config.Veilederteam, roster);
                members.AddRange(extra);
                editors = [.. members];
                break;
            default:
                editors = [.. members];
                break;
        }

        return new UnitPeople(Distinct(members), Distinct(leaders), Distinct(editors));
    }

    private static UnitPerson Person(ChannelAccount m) => new(m.Id, m.EntraObjectId, m.Name ?? m.Id, m.Email ?? m.UserPrincipalName);

    /// <summary>Configured Entra ids: the roster's person when they are in the team, else <c>aad:{id}</c>.</summary>
    private static List<UnitPerson> Configured(IEnumerable<string> aadObjectIds, IReadOnlyList<ChannelAccount> roster) =>
        [.. aadObjectIds.Select(aad => roster.FirstOrDefault(m => string.Equals(m.EntraObjectId, aad, StringComparison.OrdinalIgnoreCase)) is { } inTeam
            ? Person(inTeam)
            : new UnitPerson("aad:" + aad, aad, aad))];

    private static List<UnitPerson> Distinct(IEnumerable<UnitPerson> people) =>
        [.. people.DistinctBy(p => p.UserId, StringComparer.OrdinalIgnoreCase)];

    private async Task<bool> IsOwnerAsync(string tenantId, string serviceUrl, string teamId, string userId, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(userId) && await RoleInTeamAsync(tenantId, serviceUrl, teamId, userId, cancellationToken) == "owner";

    private async Task<string?> RoleInTeamAsync(string tenantId, string serviceUrl, string teamId, string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using (var c = await database.OpenAsync(cancellationToken))
        {
            var hit = await c.QuerySingleOrDefaultAsync<RoleRow>(new CommandDefinition(LeaderSql.Role,
                new { TenantId = tenantId, TeamId = teamId, UserId = userId }, cancellationToken: cancellationToken));
            if (hit is not null && hit.Role != "unknown" && now - DateTimeOffset.FromUnixTimeMilliseconds(hit.UpdatedAtMs) < RoleCacheLifetime)
            {
                return hit.Role;
            }
        }

        string role;
        try
        {
            var member = await connector.GetMemberAsync(serviceUrl, teamId, userId, cancellationToken);
            role = (member.UserRole ?? "user").ToLowerInvariant();
        }
        catch (ConnectorException ex) when (ex.StatusCode == 404)
        {
            role = "none";
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or ArgumentException)
        {
            LeaderLog.RosterUnavailable(logger, teamId, ex);
            return null;
        }

        await database.ExecuteAsync(LeaderSql.SaveRole, new
        {
            TenantId = tenantId,
            TeamId = teamId,
            UserId = userId,
            Role = role,
            Removed = role == "none",
            Now = now.ToUnixTimeMilliseconds(),
        }, cancellationToken);
        return role;
    }

    private sealed record RoleRow
    {
        public string Role { get; init; } = "";
        public long UpdatedAtMs { get; init; }
    }

    private sealed record TeamRow
    {
        public string TeamId { get; init; } = "";
        public string ServiceUrl { get; init; } = "";
    }
}
