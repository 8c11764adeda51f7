using Dapper;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Features.Leaders;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Features.Units;

/// <summary>The registered units, and their people from the roster and configuration (roles by <see cref="LeaderDirectory"/>).</summary>
public sealed class UnitDirectory(Database database, TeamRoster roster, LeaderDirectory leaders) : IUnitDirectory
{
    public async Task<RegisteredUnit?> UnitAsync(string tenantId, string unitId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return await c.QuerySingleOrDefaultAsync<RegisteredUnit>(new CommandDefinition(UnitSql.ById, new { TenantId = tenantId, UnitId = unitId }, cancellationToken: cancellationToken));
    }

    public async Task<RegisteredUnit?> UnitOfChannelAsync(string tenantId, string channelId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return await c.QuerySingleOrDefaultAsync<RegisteredUnit>(new CommandDefinition(UnitSql.ByChannel, new { TenantId = tenantId, ChannelId = channelId }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<RegisteredUnit>> UnitsAsync(string tenantId, string? kind, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return [.. await c.QueryAsync<RegisteredUnit>(new CommandDefinition(UnitSql.All, new { TenantId = tenantId, Kind = kind ?? "" }, cancellationToken: cancellationToken))];
    }

    public async Task<UnitPeople> PeopleAsync(RegisteredUnit unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var members = await roster.MembersAsync(unit.TenantId, unit.ServiceUrl, unit.TeamId, cancellationToken);
        return leaders.UnitPeople(unit, members);
    }

    /// <summary>"skole:nordby-skole": the kind and the name in lower case, letters and digits joined by '-'.</summary>
    public static string UnitId(string kind, string name)
    {
        var letters = name.Trim().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        var slug = string.Join('-', new string(letters).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return kind == UnitKinds.Veilederteam ? kind : $"{kind}:{slug}";
    }
}
