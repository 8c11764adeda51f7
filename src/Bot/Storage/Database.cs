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
    private readonly SqliteWriter? _writer;
    private int _walChecked;

    public Database(IOptions<StorageOptions> options)
    {
        var o = options.Value;
        Dialect = o.Provider;
        if (Dialect == SqlDialect.Postgres)
        {
            _postgres = NpgsqlDataSource.Create(o.ConnectionString);
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
            _writer = new SqliteWriter(OpenSqliteAsync);
        }
    }

    public SqlDialect Dialect { get; }

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
    /// Runs <paramref name="work"/> in one transaction and commits it; the outbox rides along in it. On
    /// SQLite it is queued for the database's one writer and may share its commit with other callers'
    /// work (group commit); the task completes after that commit either way.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        if (_writer is not null)
        {
            return await _writer.WriteAsync(work, cancellationToken);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public Task InTransactionAsync(Func<DbConnection, DbTransaction, Task> work, CancellationToken cancellationToken = default) =>
        InTransactionAsync<bool>(async (c, t) => { await work(c, t); return true; }, cancellationToken);

    /// <summary>
    /// One write statement on its own; returns the rows it changed. On SQLite it goes through the writer
    /// like every other write, so it never races a transaction for the lock.
    /// </summary>
    public async Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken = default)
    {
        if (_writer is not null)
        {
            return await _writer.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(sql, parameters, t, cancellationToken: cancellationToken)), cancellationToken);
        }

        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private async Task<SqliteConnection> OpenSqliteAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_sqliteConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // WAL lets readers go on while the writer writes, and is kept in the file, so it is set once. Per
        // connection: foreign keys (off by default in SQLite), no fsync per commit (WAL stays consistent on
        // a crash; the last commits before a power cut may be lost, never a torn database), and SQLite's own
        // busy wait in short steps for the lock Quartz shares, instead of the driver's 150 ms retry sleeps.
        pragma.CommandText = (Interlocked.Exchange(ref _walChecked, 1) == 0 ? "PRAGMA journal_mode=WAL; " : "") +
            "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
