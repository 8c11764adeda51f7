using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Tests.Integration.Features.Reflection;

// The round store suite on each backend: real SQLite and real PostgreSQL (SKOLEUTVIKLING_TEST_POSTGRES).

public sealed class SqliteRoundStoreTests : RoundStoreTests
{
    protected override SqlDialect Dialect => SqlDialect.Sqlite;
}

public sealed class PostgresRoundStoreTests : RoundStoreTests
{
    protected override SqlDialect Dialect => SqlDialect.Postgres;
}
