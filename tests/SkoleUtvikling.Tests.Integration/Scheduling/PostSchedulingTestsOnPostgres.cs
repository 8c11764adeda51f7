using SkoleUtvikling.Scheduling.Jobs.Quartz;
using SkoleUtvikling.Testing;

namespace SkoleUtvikling.Tests.Integration.Scheduling;

public sealed class PostSchedulingTestsOnPostgres : PostSchedulingTests
{
    private readonly string _connectionString = TestDatabases.Postgres()["Storage:ConnectionString"]!;

    protected override PostSchedulingSettings Settings() => new()
    {
        Provider = JobStoreProvider.Postgres,
        ConnectionString = _connectionString,
    };
}
