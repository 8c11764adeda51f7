using Microsoft.Data.Sqlite;
using SkoleUtvikling.Scheduling.Jobs.Quartz;

namespace SkoleUtvikling.Tests.Integration.Scheduling;

public sealed class PostSchedulingTestsOnSqlite : PostSchedulingTests, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("skoleutvikling-quartz-").FullName;

    protected override PostSchedulingSettings Settings() => new()
    {
        Provider = JobStoreProvider.Sqlite,
        ConnectionString = $"Data Source={Path.Combine(_directory, "bot.db")}",
    };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
