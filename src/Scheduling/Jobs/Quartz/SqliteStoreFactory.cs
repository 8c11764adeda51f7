using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace SkoleUtvikling.Scheduling.Jobs.Quartz;

/// <summary>
/// Microsoft.Data.Sqlite for Quartz, with the app's connection settings: WAL (readers never wait for
/// the writer), synchronous=NORMAL (no fsync per commit; WAL stays consistent on a crash) and SQLite's
/// own busy wait in short steps while the app's writer holds the lock (the driver's own retry sleeps
/// 150 ms). A connection string cannot say any of them, so each connection says them as it opens.
/// </summary>
/// <remarks>
/// Measured with the firing-lag benchmark (10,000 posts due at once, 4 threads, 2 loaded cores): the
/// default rollback journal managed ≈66 posts/s (p99 lag 150 s), WAL ≈500/s, WAL + NORMAL ≈650–800/s.
/// </remarks>
internal sealed class SqliteStoreFactory : DbProviderFactory
{
    public static readonly SqliteStoreFactory Instance = new();

    private SqliteStoreFactory()
    {
    }

    public override DbConnection CreateConnection()
    {
        var connection = SqliteFactory.Instance.CreateConnection();
        connection.StateChange += OnStateChange;
        return connection;
    }

    public override DbCommand CreateCommand() => SqliteFactory.Instance.CreateCommand();

    public override DbParameter CreateParameter() => SqliteFactory.Instance.CreateParameter();

    public override DbConnectionStringBuilder CreateConnectionStringBuilder() => SqliteFactory.Instance.CreateConnectionStringBuilder();

    private static void OnStateChange(object sender, StateChangeEventArgs e)
    {
        if (e.CurrentState == ConnectionState.Open && e.OriginalState != ConnectionState.Open)
        {
            using var command = ((SqliteConnection)sender).CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";
            command.ExecuteNonQuery();
        }
    }
}
