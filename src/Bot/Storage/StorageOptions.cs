using Microsoft.Extensions.Options;

namespace SkoleUtvikling.Bot.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default, embedded) or <c>Postgres</c> (scale-out).</summary>
    public SqlDialect Provider { get; set; } = SqlDialect.Sqlite;

    /// <summary>ADO.NET connection string; for SQLite the default file lives under ./data.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/skoleutvikling.db";
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
