using Dapper;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing.Outbox;

namespace SkoleUtvikling.Tests.Integration.Storage;

/// <summary>
/// SQLite's per-connection settings are set once per pooled handle, not on every open: a connection
/// taken from the pool again must still enforce foreign keys, wait for the lock and skip fsyncs.
/// </summary>
public sealed class SqliteConnectionSettingsTests
{
    [Fact]
    public async Task A_connection_reused_from_the_pool_keeps_foreign_keys_busy_timeout_and_synchronous_normal()
    {
        await using var db = await TestDatabase.CreateAsync(SqlDialect.Sqlite);
        await using var database = new Database(Options.Create(db.Options));
        nint firstHandle;
        await using (var first = (Microsoft.Data.Sqlite.SqliteConnection)await database.OpenAsync())
        {
            firstHandle = first.Handle!.DangerousGetHandle();
        }

        for (var i = 0; i < 3; i++)
        {
            await using var again = (Microsoft.Data.Sqlite.SqliteConnection)await database.OpenAsync();
            Assert.Equal(firstHandle, again.Handle!.DangerousGetHandle());
            Assert.Equal(1, await again.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
            Assert.Equal(30000, await again.ExecuteScalarAsync<long>("PRAGMA busy_timeout"));
            Assert.Equal(1, await again.ExecuteScalarAsync<long>("PRAGMA synchronous"));
        }
    }
}
