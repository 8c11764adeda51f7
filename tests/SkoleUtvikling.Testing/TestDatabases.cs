using Npgsql;

namespace SkoleUtvikling.Testing;

/// <summary>
/// Where a test's data lives. PostgreSQL comes from <see cref="PostgresVariable"/> (set by
/// scripts/postgres.sh); each call gets its own schema so tests can share one server.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "SKOLEUTVIKLING_TEST_POSTGRES";

    public static Dictionary<string, string?> Sqlite(string directory) => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:ConnectionString"] = $"Data Source={Path.Combine(directory, "bot.db")}",
    };

    /// <summary>A fresh, empty schema on the test server; fails (never skips) when none is configured.</summary>
    public static Dictionary<string, string?> Postgres()
    {
        var connectionString = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"PostgreSQL tests need {PostgresVariable} (an Npgsql connection string). Run them through `bash scripts/test.sh`, which installs and starts PostgreSQL, or `source <(bash scripts/postgres.sh)`.");
        }

        var schema = "t_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = builder.ConnectionString,
        };
    }
}
