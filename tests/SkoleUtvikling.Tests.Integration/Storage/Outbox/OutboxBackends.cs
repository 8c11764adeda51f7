using SkoleUtvikling.Bot.Storage;
using Xunit.Abstractions;

namespace SkoleUtvikling.Tests.Integration.Storage.Outbox;

// Every outbox suite runs on each backend: real SQLite and real PostgreSQL (SKOLEUTVIKLING_TEST_POSTGRES).

public sealed class SqliteOutboxDeliveryTests : OutboxDeliveryTests
{
    protected override SqlDialect Dialect => SqlDialect.Sqlite;
}

public sealed class PostgresOutboxDeliveryTests : OutboxDeliveryTests
{
    protected override SqlDialect Dialect => SqlDialect.Postgres;
}

public sealed class SqliteOutboxFailureTests : OutboxFailureTests
{
    protected override SqlDialect Dialect => SqlDialect.Sqlite;
}

public sealed class PostgresOutboxFailureTests : OutboxFailureTests
{
    protected override SqlDialect Dialect => SqlDialect.Postgres;
}

public sealed class SqliteOutboxCrashTests(ITestOutputHelper output) : OutboxCrashTests(output)
{
    protected override SqlDialect Dialect => SqlDialect.Sqlite;
}

public sealed class PostgresOutboxCrashTests(ITestOutputHelper output) : OutboxCrashTests(output)
{
    protected override SqlDialect Dialect => SqlDialect.Postgres;
}

public sealed class SqliteOutboxRateLimitTests(ITestOutputHelper output) : OutboxRateLimitTests(output)
{
    protected override SqlDialect Dialect => SqlDialect.Sqlite;
}

public sealed class PostgresOutboxRateLimitTests(ITestOutputHelper output) : OutboxRateLimitTests(output)
{
    protected override SqlDialect Dialect => SqlDialect.Postgres;
}
