using Dapper;

namespace SkoleUtvikling.Bot.Storage.Queue;

/// <summary>
/// The writes every job kind makes the same way on its own table: claim under a lease, hand back,
/// pause a tenant. Writes after a claim are guarded by the lease owner and return whether the job
/// was still ours.
/// </summary>
public sealed class QueueTable(Database database, string kind, QueueSql sql) : ITenantPauses
{
    /// <summary>The job kind, for logs.</summary>
    public string Kind => kind;

    public QueueSql Sql => sql;

    /// <summary>
    /// Leases up to <paramref name="limit"/> due heads, not of <paramref name="excludedTenants"/>.
    /// On SQLite the search is a read and only the lease is written (see <see cref="QueueSql.ClaimCandidates"/>);
    /// Dapper expands the lists there into (@p1, @p2, …), for Npgsql it sends arrays.
    /// </summary>
    public async Task<IReadOnlyList<TJob>> ClaimAsync<TJob>(string owner, int limit, IReadOnlyList<string> excludedTenants, long now, long leaseUntil, CancellationToken cancellationToken)
        where TJob : IQueuedJob
    {
        ArgumentNullException.ThrowIfNull(excludedTenants);
        var args = new { Owner = owner, LeaseUntil = leaseUntil, Now = now, Limit = limit, Excluded = excludedTenants.ToArray() };
        if (args.Excluded.Length > 0 && await OnlyExcludedPendingAsync(args.Excluded, cancellationToken))
        {
            return [];
        }

        IEnumerable<TJob> rows;
        if (database.Dialect == SqlDialect.Postgres)
        {
            await using var c = await database.OpenAsync(cancellationToken);
            await using var t = await c.BeginTransactionAsync(cancellationToken);
            await c.ExecuteAsync(new CommandDefinition(QueueSql.ClaimPlanOnPostgres, transaction: t, cancellationToken: cancellationToken));
            rows = await c.QueryAsync<TJob>(new CommandDefinition(sql.ClaimOnPostgres, args, t, cancellationToken: cancellationToken));
            await t.CommitAsync(cancellationToken);
        }
        else
        {
            long[] ids;
            await using (var c = await database.OpenAsync(cancellationToken))
            {
                ids = [.. await c.QueryAsync<long>(new CommandDefinition(sql.ClaimCandidates, args, cancellationToken: cancellationToken))];
            }

            if (ids.Length == 0)
            {
                return [];
            }

            rows = await database.InTransactionAsync((c, t) => c.QueryAsync<TJob>(new CommandDefinition(sql.ClaimByIds, new
            {
                args.Owner,
                args.LeaseUntil,
                args.Now,
                Ids = ids,
            }, t, cancellationToken: cancellationToken)), cancellationToken);
        }

        return [.. rows.OrderBy(r => r.Id)];
    }

    /// <summary>
    /// Whether every tenant with pending jobs is excluded (paused, or at its limit). Then the claim would read past
    /// their whole backlog to find nothing: under a burst that is a scan of tens of thousands of rows several times a
    /// second, taking the CPU the requests need. This asks the index instead.
    /// </summary>
    private async Task<bool> OnlyExcludedPendingAsync(string[] excluded, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var pending = await c.QueryAsync<string>(new CommandDefinition(sql.PendingTenants, cancellationToken: cancellationToken));
        return pending.All(tenant => excluded.Contains(tenant, StringComparer.Ordinal));
    }

    public async Task<bool> ReleaseAsync(long id, string owner, long nextAttemptAtMs) =>
        await database.ExecuteAsync(sql.Release, new { Id = id, Owner = owner, NextAttemptAtMs = nextAttemptAtMs }) == 1;

    public Task PauseTenantAsync(string tenantId, long untilMs, long now) =>
        database.ExecuteAsync(sql.PauseTenant, new { TenantId = tenantId, Until = untilMs, Now = now });
}
