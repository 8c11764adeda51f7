using Dapper;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing.Outbox;

namespace SkoleUtvikling.Tests.Integration.Storage;

/// <summary>
/// Transactions share commits (issue 16): each caller still sees exactly its own outcome, committed
/// when its task completes, and one caller's failure costs the others nothing.
/// </summary>
#pragma warning disable CA1001 // The database is disposed by IAsyncLifetime.DisposeAsync, which xunit calls.
public abstract class GroupCommitTests(SqlDialect dialect, int postgresWriters = 1) : IAsyncLifetime
#pragma warning restore CA1001
{
    private const string Insert = "INSERT INTO users (tenant_id, user_id, aad_object_id, name, last_seen_at_ms) VALUES ('t', @UserId, NULL, NULL, 0)";

    private TestDatabase _db = null!;
    private Database _database = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(dialect);
        var options = _db.Options;
        options.PostgresWriters = postgresWriters;
        _database = new Database(Options.Create(options));
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Each_of_many_concurrent_writes_is_committed_when_its_task_completes()
    {
        // Few readers at once: the PostgreSQL server is shared and has connections for a few pools only.
        using var readers = new SemaphoreSlim(4);
        var writes = Enumerable.Range(0, 200).Select(async i =>
        {
            await _database.InTransactionAsync((c, t) => c.ExecuteAsync(Insert, new { UserId = $"u{i}" }, t));
            // Read on a connection of its own: visible means committed, not merely written in a shared transaction.
            await readers.WaitAsync();
            try
            {
                await using var reader = await _database.OpenAsync();
                return await reader.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM users WHERE user_id = @UserId", new { UserId = $"u{i}" });
            }
            finally
            {
                readers.Release();
            }
        });

        var seen = await Task.WhenAll(writes);

        Assert.All(seen, count => Assert.Equal(1L, count));
    }

    [Fact]
    public async Task A_failing_write_fails_alone_and_its_batch_neighbours_are_kept()
    {
        var writes = Enumerable.Range(0, 100).Select(i => _database.InTransactionAsync(async (c, t) =>
        {
            await c.ExecuteAsync(Insert, new { UserId = $"u{i}" }, t);
            if (i == 50)
            {
                // A duplicate key: the statement fails (and on PostgreSQL aborts the transaction it is in).
                await c.ExecuteAsync(Insert, new { UserId = $"u{i}" }, t);
            }

            return i;
        })).ToList();

        await Task.WhenAll(writes.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)));

        Assert.True(writes[50].IsFaulted);
        Assert.All(writes.Where((_, i) => i != 50), w => Assert.True(w.IsCompletedSuccessfully));
        await using var c = await _database.OpenAsync();
        var users = (await c.QueryAsync<string>("SELECT user_id FROM users")).ToHashSet();
        Assert.Equal(99, users.Count);
        Assert.DoesNotContain("u50", users);
    }

    [Fact]
    public async Task Single_statements_written_together_each_get_their_own_count_and_a_failing_one_fails_alone()
    {
        const string InsertOnce = "INSERT INTO users (tenant_id, user_id, aad_object_id, name, last_seen_at_ms) VALUES ('t', @UserId, NULL, NULL, 0) ON CONFLICT DO NOTHING";
        await _database.ExecuteAsync(InsertOnce, new { UserId = "u0" });

        // 0 to 199 at once, 0 already there, with some plain work in between.
        var statements = Enumerable.Range(0, 200).Select(i => _database.ExecuteAsync(InsertOnce, new { UserId = $"u{i}" })).ToList();
        var work = Enumerable.Range(0, 20).Select(i => _database.InTransactionAsync((c, t) => c.ExecuteAsync(Insert, new { UserId = $"w{i}" }, t))).ToList();
        var counts = await Task.WhenAll(statements);
        var worked = await Task.WhenAll(work);
        Assert.Equal(Enumerable.Repeat(1, 199).Prepend(0), counts);
        Assert.Equal(Enumerable.Repeat(1, 20), worked);
        if (dialect == SqlDialect.Postgres)
        {
            Assert.True(_database.PipelinedStatements > 0, "no statements shared a round trip");
        }

        // Then 50 more, of which #17 is refused (user_id may not be NULL): it fails, the others are kept.
        var more = Enumerable.Range(0, 50).Select(i => _database.ExecuteAsync(InsertOnce, new { UserId = i == 17 ? null : $"v{i}" })).ToList();
        await Task.WhenAll(more.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)));

        Assert.True(more[17].IsFaulted);
        Assert.All(more.Where((_, i) => i != 17), s => Assert.Equal(1, s.Result));
        await using var c = await _database.OpenAsync();
        Assert.Equal(200 + 20 + 49, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM users"));
    }

    [Fact]
    public async Task A_transaction_begun_inside_another_joins_it_and_commits_or_rolls_back_with_it()
    {
        await _database.InTransactionAsync(async (c, t) =>
        {
            await c.ExecuteAsync(Insert, new { UserId = "outer" }, t);
            await _database.InTransactionAsync((c2, t2) => c2.ExecuteAsync(Insert, new { UserId = "inner" }, t2));
            await _database.ExecuteAsync("UPDATE users SET name = 'joined' WHERE user_id = 'inner'", new { });
        });
        var failed = _database.InTransactionAsync(async (c, t) =>
        {
            await _database.InTransactionAsync((c2, t2) => c2.ExecuteAsync(Insert, new { UserId = "inner-lost" }, t2));
            throw new InvalidOperationException("the outer work fails after the inner one");
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);
        await using var reader = await _database.OpenAsync();
        var users = (await reader.QueryAsync<(string UserId, string? Name)>("SELECT user_id, name FROM users ORDER BY user_id")).ToList();
        Assert.Equal([("inner", "joined"), ("outer", null)], users);
    }
}

public sealed class GroupCommitTestsOnSqlite() : GroupCommitTests(SqlDialect.Sqlite);

public sealed class GroupCommitTestsOnPostgres() : GroupCommitTests(SqlDialect.Postgres);

/// <summary>An operator may give PostgreSQL more writers (<c>Storage:PostgresWriters</c>): the same rules hold when batches commit side by side.</summary>
public sealed class GroupCommitTestsOnPostgresWithThreeWriters() : GroupCommitTests(SqlDialect.Postgres, postgresWriters: 3);
