namespace SkoleUtvikling.Bot.Storage.Queue;

/// <summary>
/// The statements every job table shares, written once for a table of this shape: <c>id</c>,
/// <c>tenant_id</c>, <c>status</c> ('pending' while due work), <c>next_attempt_at_ms</c>,
/// <c>lease_owner</c>, <c>lease_until_ms</c>, and a table of tenant pauses
/// (<c>tenant_id</c>, <c>paused_until_ms</c>, <c>updated_at_ms</c>). Valid on SQLite (≥ 3.35) and
/// PostgreSQL except the claim, which each dialect does its own way. Every time is a parameter from
/// <see cref="TimeProvider"/>, never the database's clock.
/// </summary>
/// <param name="Table">The job table.</param>
/// <param name="PausesTable">Its tenant pauses after a 429.</param>
/// <param name="Head">The columns jobs are kept in order by: only the oldest pending job of equal values can be claimed, and only when nobody holds a live lease on it.</param>
/// <param name="Order">The columns due jobs are taken in.</param>
/// <param name="Returning">The RETURNING list of a claim: the job kind's row.</param>
public sealed record QueueSql(string Table, string PausesTable, IReadOnlyList<string> Head, IReadOnlyList<string> Order, string Returning)
{
    /// <summary>
    /// PostgreSQL: workers claim concurrently in this one statement and skip the rows another claim
    /// is taking. An expired lease (a dead worker) is simply taken over.
    /// </summary>
    public string ClaimOnPostgres => $"""
        UPDATE {Table} SET lease_owner = @Owner, lease_until_ms = @LeaseUntil
        WHERE id IN (
            SELECT o.id FROM {Table} o
            WHERE {Claimable("o")}
              AND NOT (o.tenant_id = ANY(@Excluded))
            ORDER BY {OrderBy("o")}
            LIMIT @Limit
            FOR UPDATE OF o SKIP LOCKED)
        {Returning}
        """;

    /// <summary>
    /// PostgreSQL, set inside the claim's transaction: the claim walks the pending jobs in order and stops at
    /// <c>@Limit</c> heads, whatever the statistics say. During a burst they lag far behind the table (the last
    /// analyze saw a few hundred pending rows, not 60,000), and the planner then chose to read every pending row,
    /// test each for being its conversation's head and sort them: 0.1–0.6 s per claim, growing with the backlog,
    /// which took a core from the requests (measured with auto_explain, issue 16). Without a bitmap scan or a sort,
    /// the ordered index on pending jobs is the way left.
    /// </summary>
    public const string ClaimPlanOnPostgres = "SET LOCAL enable_bitmapscan = off; SET LOCAL enable_sort = off";

    /// <summary>
    /// SQLite, step one: the candidates, read without the write lock (WAL). The scan over a long backlog
    /// stays out of the one writer's transaction, where it would hold up every request's commit.
    /// </summary>
    public string ClaimCandidates => $"""
        SELECT o.id FROM {Table} o
        WHERE {Claimable("o")}
          AND o.tenant_id NOT IN @Excluded
        ORDER BY {OrderBy("o")}
        LIMIT @Limit
        """;

    /// <summary>
    /// SQLite, step two, in the writer: the same conditions checked again for just those rows (by primary
    /// key), so a row finished, stopped or leased since step one is not taken.
    /// </summary>
    public string ClaimByIds => $"""
        UPDATE {Table} SET lease_owner = @Owner, lease_until_ms = @LeaseUntil
        WHERE id IN @Ids AND {Claimable(Table)}
        {Returning}
        """;

    /// <summary>
    /// The distinct tenants with pending jobs, one index probe each (a recursive jump through an index on
    /// <c>(tenant_id, …) WHERE status = 'pending'</c>, which every job table has), not a read of the backlog.
    /// </summary>
    public string PendingTenants => $"""
        WITH RECURSIVE t(tenant_id) AS (
            SELECT (SELECT o.tenant_id FROM {Table} o WHERE o.status = 'pending' ORDER BY o.tenant_id LIMIT 1)
            UNION ALL
            SELECT (SELECT o.tenant_id FROM {Table} o WHERE o.status = 'pending' AND o.tenant_id > t.tenant_id ORDER BY o.tenant_id LIMIT 1)
            FROM t WHERE t.tenant_id IS NOT NULL)
        SELECT tenant_id FROM t WHERE tenant_id IS NOT NULL
        """;

    /// <summary>Hands a job back without an attempt: due again at @NextAttemptAtMs (a rate-limit wait, or shutdown).</summary>
    public string Release => $"""
        UPDATE {Table} SET next_attempt_at_ms = @NextAttemptAtMs, lease_owner = NULL, lease_until_ms = NULL
        WHERE id = @Id AND lease_owner = @Owner
        """;

    /// <summary>The tenant's gate, for every worker on this database; a later pause never shortens an earlier one.</summary>
    public string PauseTenant => $"""
        INSERT INTO {PausesTable} (tenant_id, paused_until_ms, updated_at_ms)
        VALUES (@TenantId, @Until, @Now)
        ON CONFLICT (tenant_id) DO UPDATE SET
            paused_until_ms = CASE WHEN excluded.paused_until_ms > {PausesTable}.paused_until_ms
                                   THEN excluded.paused_until_ms ELSE {PausesTable}.paused_until_ms END,
            updated_at_ms = excluded.updated_at_ms
        """;

    private string Claimable(string o) => $"""
        {o}.status = 'pending'
              AND {o}.next_attempt_at_ms <= @Now
              AND ({o}.lease_until_ms IS NULL OR {o}.lease_until_ms < @Now)
              AND {o}.id = (SELECT MIN(h.id) FROM {Table} h WHERE {string.Join(" AND ", Head.Select(c => $"h.{c} = {o}.{c}"))} AND h.status = 'pending')
              AND NOT EXISTS (SELECT 1 FROM {PausesTable} p WHERE p.tenant_id = {o}.tenant_id AND p.paused_until_ms > @Now)
        """;

    private string OrderBy(string o) => string.Join(", ", Order.Select(c => $"{o}.{c}"));
}
