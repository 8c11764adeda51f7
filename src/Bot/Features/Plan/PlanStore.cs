using System.Data.Common;
using Dapper;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>Reads the published plan. Writes happen inside the import and publish transactions.</summary>
public sealed class PlanStore(Database database)
{
    public async Task<IReadOnlyList<PlanEvent>> ActiveEventsAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var rows = await c.QueryAsync<PublishedEventRow>(new CommandDefinition(PlanSql.ActiveEvents, new { TenantId = tenantId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => PlanJson.DeserializeEvent(r.EventJson))];
    }

    public async Task<PlanEvent?> EventAsync(string tenantId, string eventKey, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var json = await c.ExecuteScalarAsync<string?>(new CommandDefinition(PlanSql.EventByKey, new { TenantId = tenantId, EventKey = eventKey }, cancellationToken: cancellationToken));
        return json is null ? null : PlanJson.DeserializeEvent(json);
    }

    internal static async Task<Dictionary<string, string>> PublishedHashesAsync(DbConnection c, DbTransaction t, string tenantId) =>
        (await c.QueryAsync<PublishedEventRow>(PlanSql.ActiveEvents, new { TenantId = tenantId }, t))
        .ToDictionary(r => r.EventKey, r => r.ContentHash, StringComparer.Ordinal);

    internal async Task<PublicationRow?> PublicationAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return await c.QuerySingleOrDefaultAsync<PublicationRow>(new CommandDefinition(PlanSql.Publication, new { TenantId = tenantId }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<string>> PublishedTenantsAsync(CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return [.. await c.QueryAsync<string>(new CommandDefinition(PlanSql.PublishedTenants, cancellationToken: cancellationToken))];
    }

    internal async Task<ChannelRow?> ChannelOfAsync(string tenantId, Programme programme, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return await c.QuerySingleOrDefaultAsync<ChannelRow>(new CommandDefinition(PlanSql.ProgrammeChannel,
            new { TenantId = tenantId, ProgrammeKey = ProgrammeNames.Slug(programme) }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<string>> ProgrammeKeysOfChannelAsync(string tenantId, string channelId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return [.. await c.QueryAsync<string>(new CommandDefinition(PlanSql.ProgrammesOfChannel, new { TenantId = tenantId, ChannelId = channelId }, cancellationToken: cancellationToken))];
    }
}
