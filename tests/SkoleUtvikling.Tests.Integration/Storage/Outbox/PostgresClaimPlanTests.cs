using System.Text.Json;
using Dapper;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Tests.Integration.Storage.Outbox;

/// <summary>
/// PostgreSQL's claim during a burst: the statistics still describe the table as the last analyze saw it (nearly
/// empty), while tens of thousands of sends wait. The claim must then still walk the pending jobs in order and stop
/// at its limit, not read and sort the whole backlog (which took 0.1–0.6 s per claim under the inbound benchmark).
/// </summary>
public sealed class PostgresClaimPlanTests : OutboxTestBase
{
    private const int Backlog = 20_000;
    private const int Conversations = 200;

    protected override SqlDialect Dialect => SqlDialect.Postgres;

    [Fact]
    public async Task A_claim_under_stale_statistics_walks_the_pending_index_in_order_and_takes_the_oldest_heads()
    {
        await using var host = NewHost();
        await using (var c = await host.Database.OpenAsync())
        {
            // What the planner knows: an empty table. Then the burst arrives.
            await c.ExecuteAsync("ANALYZE outbox");
            await c.ExecuteAsync(
                """
                INSERT INTO outbox (dedupe_key, tenant_id, service_url, conversation_id, conversation_key, operation, payload,
                                    status, attempts, next_attempt_at_ms, created_at_ms)
                SELECT 'burst-' || n, @Tenant, 'https://smba.example/', '19:c' || (n % @Conversations), '19:c' || (n % @Conversations),
                       'Send', '{}', 'pending', 0, 0, 0
                FROM generate_series(1, @Backlog) AS n
                """, new { Tenant, Conversations, Backlog });
        }

        var now = Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var args = new { Owner = "owner-1", LeaseUntil = now + 60_000, Now = now, Limit = 16, Excluded = Array.Empty<string>() };
        string plan;
        await using (var c = await host.Database.OpenAsync())
        await using (var t = await c.BeginTransactionAsync())
        {
            await c.ExecuteAsync(QueueSql.ClaimPlanOnPostgres, transaction: t);
            plan = await c.QuerySingleAsync<string>("EXPLAIN (FORMAT JSON) " + OutboxSql.Queue.ClaimOnPostgres, args, t);
        }

        // The backlog's scan (alias o): in index order, with nothing above it that would need all of its rows first.
        var root = JsonDocument.Parse(plan).RootElement[0].GetProperty("Plan");
        var (scan, above) = Find(root, n => n.TryGetProperty("Alias", out var alias) && alias.GetString() == "o", []);
        Assert.Equal("Index Scan", scan.GetProperty("Node Type").GetString());
        Assert.DoesNotContain("Sort", above);
        Assert.DoesNotContain("Hash", above);

        // And the claim itself: the 16 oldest rows, each its conversation's head.
        var claimed = await new QueueTable(host.Database, "outbox", OutboxSql.Queue)
            .ClaimAsync<OutboxRow>("owner-1", 16, [], now, now + 60_000, CancellationToken.None);
        Assert.Equal(16, claimed.Count);
        Assert.Equal(16, claimed.Select(r => r.ConversationKey).Distinct().Count());
        var oldest = (await RowsAsync(host)).OrderBy(r => r.Id).Take(16).Select(r => r.Id);
        Assert.Equal(oldest, claimed.Select(r => r.Id));
    }

    /// <summary>The first node matching <paramref name="match"/>, with the node types above it.</summary>
    private static (JsonElement Node, List<string> Above) Find(JsonElement node, Func<JsonElement, bool> match, List<string> above)
    {
        if (match(node))
        {
            return (node, above);
        }

        var path = new List<string>(above) { node.GetProperty("Node Type").GetString()! };
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                if (Find(child, match, path) is { Node.ValueKind: JsonValueKind.Object } found)
                {
                    return found;
                }
            }
        }

        return (default, []);
    }
}
