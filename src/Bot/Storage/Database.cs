using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace SkoleUtvikling.Bot.Storage;

/// <summary>
/// Opens connections to the one application database (SQLite or PostgreSQL). Queries are plain SQL
/// with Dapper; where the dialects differ, the caller asks <see cref="Dialect"/>.
/// </summary>
public sealed class Database : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly string _sqliteConnectionString = "";
    private readonly GroupCommitWriter _writer;
    private readonly SqliteCheckpointer? _checkpointer;
    private int _walChecked;

    private static readonly object Configured = new();
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> _configuredHandles = new();

    public Database(IOptions<StorageOptions> options)
    {
        var o = options.Value;
        Dialect = o.Provider;
        if (Dialect == SqlDialect.Postgres)
        {
            var builder = new NpgsqlConnectionStringBuilder(o.ConnectionString);
            // The same few statements run thousands of times: prepared once per connection, then only bound.
            if (builder.MaxAutoPrepare == 0)
            {
                builder.MaxAutoPrepare = 64;
            }

            _postgres = NpgsqlDataSource.Create(builder.ConnectionString);
            _writer = new GroupCommitWriter(async ct => await _postgres.OpenConnectionAsync(ct), o.PostgresWriters, committed: null, PostgresPipeline.Instance);
        }
        else
        {
            var builder = new SqliteConnectionStringBuilder(o.ConnectionString)
            {
                // Writers from several workers wait for the lock instead of failing with SQLITE_BUSY.
                DefaultTimeout = 30,
                Pooling = true,
            };
            EnsureSqliteDirectory(builder);
            _sqliteConnectionString = builder.ToString();
            _checkpointer = new SqliteCheckpointer(OpenSqliteAsync);
            _writer = new GroupCommitWriter(OpenSqliteWriterAsync, 1, _checkpointer.Committed);
        }
    }

    public SqlDialect Dialect { get; }

    /// <summary>Single write statements that shared a round trip with others (PostgreSQL; see <see cref="ExecuteAsync"/>).</summary>
    internal long PipelinedStatements => _writer.Pipelined;

    /// <summary>The default database lives in ./data, which a fresh clone does not have yet.</summary>
    public static void EnsureSqliteDirectory(SqliteConnectionStringBuilder builder)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (dir is not null && builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource))
        {
            Directory.CreateDirectory(dir);
        }
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }

        return await OpenSqliteAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction and commits it; the outbox rides along in it. The
    /// work is queued for the database's writers and may share its commit with other callers' work
    /// (<see cref="GroupCommitWriter"/>); the task completes after that commit.
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        _writer.WriteAsync(work, cancellationToken);

    public Task InTransactionAsync(Func<DbConnection, DbTransaction, Task> work, CancellationToken cancellationToken = default) =>
        InTransactionAsync<bool>(async (c, t) => { await work(c, t); return true; }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/> when the transaction it is called from has ended, at once outside one (see
    /// <see cref="GroupCommitWriter.AfterCommit"/>). Caches forget what a transaction changed here as well as inside it.
    /// </summary>
    public static void AfterCommit(Action action) => GroupCommitWriter.AfterCommit(action);

    /// <summary>
    /// One write statement; returns the rows it changed, committed when the task completes. It goes through the
    /// writers like every other write, so on SQLite it never races a transaction for the lock; on PostgreSQL the
    /// statements queued together go to the server in one round trip (when their parameters are plain values).
    /// </summary>
    public Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken = default) =>
        _writer.ExecuteAsync(sql, parameters, cancellationToken);

    private async Task<SqliteConnection> OpenSqliteAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_sqliteConnectionString);
        await connection.OpenAsync(cancellationToken);

        // A pooled connection comes back with its SQLite handle, and the handle keeps these settings: set
        // them once per handle, not on every open (three statements on every read were a tenth of a request).
        if (connection.Handle is { } handle && _configuredHandles.TryGetValue(handle, out _))
        {
            return connection;
        }

        await using var pragma = connection.CreateCommand();
        // WAL lets readers go on while the writer writes, and is kept in the file, so it is set once. Per
        // connection: foreign keys (off by default in SQLite), no fsync per commit (WAL stays consistent on
        // a crash; the last commits before a power cut may be lost, never a torn database), and SQLite's own
        // busy wait in short steps for the lock Quartz shares, instead of the driver's 150 ms retry sleeps.
        pragma.CommandText = (Interlocked.Exchange(ref _walChecked, 1) == 0 ? "PRAGMA journal_mode=WAL; " : "") +
            "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        if (connection.Handle is { } configured)
        {
            _configuredHandles.AddOrUpdate(configured, Configured);
        }

        return connection;
    }

    /// <summary>The writer's connection leaves checkpoints to <see cref="SqliteCheckpointer"/>.</summary>
    private async Task<DbConnection> OpenSqliteWriterAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenSqliteAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA wal_autocheckpoint=0;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        if (_checkpointer is not null)
        {
            await _checkpointer.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
