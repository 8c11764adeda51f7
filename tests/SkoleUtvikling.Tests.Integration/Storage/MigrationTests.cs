using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing;

namespace SkoleUtvikling.Tests.Integration.Storage;

public abstract class MigrationTests(Func<Dictionary<string, string?>?> storage)
{
    [Fact]
    public async Task A_fresh_database_gets_every_table_and_a_second_run_changes_nothing()
    {
        using var host = new BotHost(storage());
        host.Start();
        var migrator = host.Services.GetRequiredService<Migrator>();

        Assert.True(migrator.IsUpToDate());
        await migrator.MigrateAsync(CancellationToken.None);

        await using var db = await host.Services.GetRequiredService<Database>().OpenAsync();
        foreach (var table in new[] { "teams", "channels", "conversations", "users", "team_members", "outbox", "outbox_attempts" })
        {
            Assert.Equal(0L, await db.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}"));
        }

        Assert.Equal(ScriptCount, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schemaversions"));
    }

    [Fact]
    public async Task Readyz_reports_the_store_healthy()
    {
        using var host = new BotHost(storage());
        using var http = new HttpClient { BaseAddress = host.Start() };

        var body = await http.GetStringAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal("Healthy", body);
    }

    private static long ScriptCount => typeof(Migrator).Assembly.GetManifestResourceNames().Count(n => n.Contains(".Sql.sqlite.", StringComparison.Ordinal));
}

public sealed class MigrationTestsOnSqlite() : MigrationTests(() => null);

public sealed class MigrationTestsOnPostgres() : MigrationTests(TestDatabases.Postgres);
