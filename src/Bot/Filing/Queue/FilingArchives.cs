using Dapper;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Filing.Queue;

/// <summary>Each team's archive choice (<c>filing_archives</c>). Choosing one releases the team's waiting jobs.</summary>
public sealed class FilingArchives(Database database, FilingSignal signal, TimeProvider time)
{
    public async Task<FilingArchive?> GetAsync(string tenantId, string teamId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        return await c.QuerySingleOrDefaultAsync<FilingArchive>(new CommandDefinition(FilingSql.Archive, new { TenantId = tenantId, TeamId = teamId }, cancellationToken: cancellationToken));
    }

    /// <returns>How many waiting jobs were released to be filed now.</returns>
    public async Task<int> ChooseAsync(FilingArchive archive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var released = await database.InTransactionAsync(async (c, t) =>
        {
            await c.ExecuteAsync(FilingSql.UpsertArchive, archive, t);
            return await c.ExecuteAsync(FilingSql.ReleaseWaitingOfTeam, new
            {
                archive.TenantId,
                archive.TeamId,
                Now = time.GetUtcNow().ToUnixTimeMilliseconds(),
            }, t);
        }, cancellationToken);
        signal.Notify();
        return released;
    }
}
