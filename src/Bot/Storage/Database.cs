using System.Data.Common;
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

        var connection = new SqliteConnection(_sqliteConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // WAL lets the outbox worker read while a handler writes; foreign keys are off by default in SQLite.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction and commits it; the outbox rides along in it.</summary>
    public async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public Task InTransactionAsync(Func<DbConnection, DbTransaction, Task> work, CancellationToken cancellationToken = default) =>
        InTransactionAsync<bool>(async (c, t) => { await work(c, t); return true; }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
