using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Testing.Outbox;

/// <summary>
/// A fresh, migrated application database for one test, dropped afterwards: a SQLite file in a temp
/// folder, or a schema of its own from <see cref="TestDatabases.Postgres"/>.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _directory;
    private readonly string? _schema;

    private TestDatabase(SqlDialect dialect, string connectionString, string? directory, string? schema)
    {
        Dialect = dialect;
        ConnectionString = connectionString;
        _directory = directory;
        _schema = schema;
    }

    public SqlDialect Dialect { get; }

    public string ConnectionString { get; }

    public StorageOptions Options => new() { Provider = Dialect, ConnectionString = ConnectionString };

    /// <summary>The settings that point a bot at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = Dialect.ToString(),
        ["Storage:ConnectionString"] = ConnectionString,
    };

    /// <exception cref="InvalidOperationException">PostgreSQL asked for and <see cref="TestDatabases.PostgresVariable"/> not set.</exception>
    public static async Task<TestDatabase> CreateAsync(SqlDialect dialect)
    {
        TestDatabase database;
        if (dialect == SqlDialect.Sqlite)
        {
            var directory = Path.Combine(Path.GetTempPath(), "skoleutvikling-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            database = new TestDatabase(dialect, TestDatabases.Sqlite(directory)["Storage:ConnectionString"]!, directory, null);
        }
        else
        {
            // A schema of its own on the shared test server (fails, never skips, without one).
            var connectionString = TestDatabases.Postgres()["Storage:ConnectionString"]!;
            database = new TestDatabase(dialect, connectionString, null, new NpgsqlConnectionStringBuilder(connectionString).SearchPath);
        }

        await new Migrator(Microsoft.Extensions.Options.Options.Create(database.Options), NullLogger<Migrator>.Instance).MigrateAsync(CancellationToken.None);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        if (_directory is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A worker still finishing may hold the file for a moment; the OS cleans temp.
            }
        }

        if (_schema is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var c = new NpgsqlConnection(ConnectionString);
            await c.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", c);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
