using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Testing.Outbox;

/// <summary>
/// A fresh, migrated application database for one test: a SQLite file in a temp folder, or a
/// uniquely named schema in the PostgreSQL database named by <see cref="PostgresVariable"/>.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "SKOLEUTVIKLING_TEST_POSTGRES";

    private readonly string? _directory;
    private readonly string? _schema;
    private readonly string? _adminConnectionString;

    private TestDatabase(SqlDialect dialect, string connectionString, string? directory, string? schema, string? adminConnectionString)
    {
        Dialect = dialect;
        ConnectionString = connectionString;
        _directory = directory;
        _schema = schema;
        _adminConnectionString = adminConnectionString;
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

    /// <exception cref="InvalidOperationException">PostgreSQL asked for and <see cref="PostgresVariable"/> not set.</exception>
    public static async Task<TestDatabase> CreateAsync(SqlDialect dialect)
    {
        TestDatabase database;
        if (dialect == SqlDialect.Sqlite)
        {
            var directory = Path.Combine(Path.GetTempPath(), "skoleutvikling-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            database = new TestDatabase(dialect, $"Data Source={Path.Combine(directory, "bot.db")}", directory, null, null);
        }
        else
        {
            var admin = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrWhiteSpace(admin))
            {
                throw new InvalidOperationException(
                    $"{PostgresVariable} is not set: it must hold an Npgsql connection string to an empty PostgreSQL database " +
                    "the test user may create schemas in (e.g. from scripts/postgres.sh). PostgreSQL tests fail rather than skip.");
            }

            var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
            await using (var c = new NpgsqlConnection(admin))
            {
                await c.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", c);
                await create.ExecuteNonQueryAsync();
            }

            var builder = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema };
            database = new TestDatabase(dialect, builder.ConnectionString, null, schema, admin);
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
            await using var c = new NpgsqlConnection(_adminConnectionString);
            await c.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", c);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
