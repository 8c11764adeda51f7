using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using SkoleUtvikling.Scheduling.Jobs.Quartz;

namespace SkoleUtvikling.Benchmarks.Scheduling;

/// <summary>
/// What the Bot's dispatcher costs the database: one insert per post into a table keyed by the post
/// key, ignored when the key is already there, in the same database as Quartz.
/// </summary>
internal sealed class OutboxStandIn : IAsyncDisposable
{
    private const string Insert = "INSERT INTO bench_outbox (dedupe_key, created_at_ms) VALUES (@key, @now) ON CONFLICT (dedupe_key) DO NOTHING";

    private readonly NpgsqlDataSource? _postgres;
    private readonly string? _sqlite;

    private OutboxStandIn(NpgsqlDataSource? postgres, string? sqlite)
    {
        _postgres = postgres;
        _sqlite = sqlite;
    }

    public static async Task<OutboxStandIn> CreateAsync(JobStoreProvider provider, string connectionString, CancellationToken cancellationToken)
    {
        var outbox = provider == JobStoreProvider.Postgres
            ? new OutboxStandIn(NpgsqlDataSource.Create(connectionString), null)
            : new OutboxStandIn(null, new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = 30 }.ToString());
        await using var connection = await outbox.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE bench_outbox (dedupe_key TEXT PRIMARY KEY, created_at_ms BIGINT NOT NULL)";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return outbox;
    }

    public static async Task ExecuteOnPostgresAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task InsertAsync(string postKey, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Insert;
        AddParameter(command, "key", postKey);
        AddParameter(command, "now", TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_sqlite);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // As the Bot's Storage opens its connections.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
