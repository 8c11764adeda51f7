using Microsoft.Data.Sqlite;

namespace SkoleUtvikling.Bot.Storage;

/// <summary>
/// Copies SQLite's write-ahead log back into the database file on a connection of its own, so the
/// writer never does it. Left to SQLite, the commit that fills the log past 1,000 pages runs the
/// checkpoint itself, with its fsyncs, and every request queued behind that commit waits for it: one
/// batch in a few hundred, which is exactly the p99. A passive checkpoint runs beside the writer.
/// </summary>
internal sealed class SqliteCheckpointer : IAsyncDisposable
{
    // Often enough that the log stays a few thousand pages at most under full load. A pause in real time,
    // not the app's clock: tests that hold their clock still must not hold the checkpoints still.
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly SemaphoreSlim _due = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public SqliteCheckpointer(Func<CancellationToken, Task<SqliteConnection>> open)
    {
        _open = open;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>The writer committed: the log has grown.</summary>
    public void Committed()
    {
        if (_due.CurrentCount == 0)
        {
            try
            {
                _due.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another commit rang first; one checkpoint covers both.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _due.Dispose();
    }

    private async Task RunAsync()
    {
        SqliteConnection? connection = null;
        try
        {
            while (true)
            {
                await _due.WaitAsync(_stop.Token);
                try
                {
                    connection ??= await _open(_stop.Token);
                    await using var checkpoint = connection.CreateCommand();
                    checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                    await checkpoint.ExecuteNonQueryAsync(_stop.Token);
                }
                catch (SqliteException)
                {
                    // Tried again after the next commit; meanwhile the log only grows.
                    await DisposeAsync(connection);
                    connection = null;
                }

                await Task.Delay(Pause, _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopping. Whatever is left in the log is checkpointed by the last connection to close.
        }
        finally
        {
            await DisposeAsync(connection);
        }
    }

    private static async ValueTask DisposeAsync(SqliteConnection? connection)
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }
}
