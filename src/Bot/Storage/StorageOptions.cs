using Microsoft.Extensions.Options;

namespace SkoleUtvikling.Bot.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default, embedded) or <c>Postgres</c> (scale-out).</summary>
    public SqlDialect Provider { get; set; } = SqlDialect.Sqlite;

    /// <summary>ADO.NET connection string; for SQLite the default file lives under ./data.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/skoleutvikling.db";

    /// <summary>
    /// PostgreSQL only: how many group-commit writers (connections) take the process's writes. One is fastest next to
    /// the server (each batch is then as large as it can be, and is one round trip); a server far away, where a
    /// transaction of several statements waits a network round trip for each, may want two or more. SQLite always has one.
    /// </summary>
    public int PostgresWriters { get; set; } = 1;
}

public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail($"Storage:Provider must be Sqlite or Postgres (was '{options.Provider}').");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail("Storage:ConnectionString is empty.");
        }

        if (options.PostgresWriters is < 1 or > 16)
        {
            return ValidateOptionsResult.Fail($"Storage:PostgresWriters must be 1 to 16 (was {options.PostgresWriters}).");
        }

        try
        {
            _ = options.Provider == SqlDialect.Postgres
                ? new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString).Host
                : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"Storage:ConnectionString is not a valid {options.Provider} connection string: {ex.Message}");
        }

        return ValidateOptionsResult.Success;
    }
}
