using System.Reflection;
using DbUp;
using DbUp.Engine;
using Microsoft.Extensions.Options;
using Npgsql;

namespace SkoleUtvikling.Bot.Storage;

/// <summary>
/// Applies the numbered plain-SQL scripts under Storage/Sql/{sqlite,postgres} with DbUp. Each dialect has
/// its own copy of every script so the SQL stays readable; the journal table is DbUp's <c>schemaversions</c>.
/// </summary>
public sealed class Migrator(IOptions<StorageOptions> options, ILogger<Migrator> logger)
{
    // Held while migrating on PostgreSQL so replicas starting together do not race.
    private const long PostgresLockKey = 0x5_1C0_1E;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.Provider == SqlDialect.Postgres)
        {
            // Session lock on its own unpooled connection, released explicitly: a pooled connection
            // would keep the lock after Dispose and block the next replica.
            var lockConnectionString = new NpgsqlConnectionStringBuilder(o.ConnectionString) { Pooling = false }.ConnectionString;
            await using var lockConnection = new NpgsqlConnection(lockConnectionString);
            await lockConnection.OpenAsync(cancellationToken);
            await ExecuteAsync(lockConnection, $"SELECT pg_advisory_lock({PostgresLockKey})", cancellationToken);
            try
            {
                Run(o);
            }
            finally
            {
                await ExecuteAsync(lockConnection, $"SELECT pg_advisory_unlock({PostgresLockKey})", CancellationToken.None);
            }

            return;
        }

        Database.EnsureSqliteDirectory(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(o.ConnectionString));
        Run(o);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>True when every script of this build has been applied.</summary>
    public bool IsUpToDate() => !Build(options.Value).IsUpgradeRequired();

    private void Run(StorageOptions o)
    {
        var result = Build(o).PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"Database migration failed in script '{result.ErrorScript?.Name ?? "(before any script)"}': {result.Error.Message}", result.Error);
        }

        foreach (var script in result.Scripts)
        {
            StorageLog.MigrationApplied(logger, script.Name);
        }
    }

    private static UpgradeEngine Build(StorageOptions o)
    {
        var folder = o.Provider == SqlDialect.Postgres ? ".Storage.Sql.postgres." : ".Storage.Sql.sqlite.";
        var builder = o.Provider == SqlDialect.Postgres
            ? DeployChanges.To.PostgresqlDatabase(o.ConnectionString)
            : DeployChanges.To.SqliteDatabase(o.ConnectionString);
        if (o.Provider == SqlDialect.Postgres && new NpgsqlConnectionStringBuilder(o.ConnectionString).SearchPath is { Length: > 0 } path)
        {
            // Without a schema DbUp looks for its journal in every schema, so a second schema in one database
            // (tests, or several installations) would wrongly find the first one's and skip its own scripts.
            builder = builder.JournalToPostgresqlTable(path.Split(',')[0].Trim(), "schemaversions");
        }

        return builder
            .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), name => name.Contains(folder, StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();
    }
}
