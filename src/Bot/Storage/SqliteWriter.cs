using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace SkoleUtvikling.Bot.Storage;

/// <summary>
/// The one writer of a SQLite database, with group commit. SQLite lets one connection write at a time;
/// many connections racing for that lock wait in Microsoft.Data.Sqlite's busy retries, which is where
/// the inbound tail came from (issue 16). Here every write transaction of the process is queued and
/// one connection runs the queued ones back to back inside one transaction, each inside its own
/// savepoint (a failing one is rolled back alone), then commits once. Each caller's task completes
/// only after that commit, so "committed before the 200" still holds; a failed commit fails them all.
/// </summary>
/// <remarks>
/// A transaction started from inside a queued one (same async flow) joins it instead of queueing
/// behind itself. Work must only use the connection and transaction it is given: opening another
/// connection to write from inside would wait for this writer's own lock.
/// </remarks>
internal sealed class SqliteWriter : IAsyncDisposable
{
    // Enough to empty the queue of a 64-request burst in one commit, small enough to bound one transaction.
    private const int MaxBatch = 256;

    private static readonly AsyncLocal<Joined?> Current = new();

    private readonly Channel<Write> _queue = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly Task _loop;
    private SqliteConnection? _connection;

    public SqliteWriter(Func<CancellationToken, Task<SqliteConnection>> open)
    {
        _open = open;
        _loop = Task.Run(RunAsync);
    }

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        if (Current.Value is { } joined)
        {
            return work(joined.Connection, joined.Transaction);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var write = new Write<T>(work, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(write), this);

        return write.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<Write>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            await CommitAsync(batch);
        }
    }

    private async Task CommitAsync(List<Write> batch)
    {
        var done = new List<Write>(batch.Count);
        try
        {
            _connection ??= await _open(CancellationToken.None);
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync();
            foreach (var write in batch)
            {
                if (write.CancellationToken.IsCancellationRequested)
                {
                    write.Cancel();
                    continue;
                }

                await transaction.SaveAsync("w");
                Current.Value = new Joined(_connection, transaction);
                try
                {
                    await write.RunAsync(_connection, transaction);
                    await transaction.ReleaseAsync("w");
                    done.Add(write);
                }
#pragma warning disable CA1031 // The failure belongs to this one caller; the others' work stays.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    // Throws in turn if SQLite already rolled the whole transaction back (a full disk, say):
                    // then nobody's work is kept and every caller hears of it below.
                    await transaction.RollbackAsync("w");
                    await transaction.ReleaseAsync("w");
                    write.Fail(ex);
                }
                finally
                {
                    Current.Value = null;
                }
            }

            await transaction.CommitAsync();
        }
#pragma warning disable CA1031 // Every waiting caller gets the exception; the writer itself carries on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            foreach (var write in batch)
            {
                write.Fail(ex);
            }

            // A connection in an unknown state is not reused.
            if (_connection is not null)
            {
                await _connection.DisposeAsync();
                _connection = null;
            }

            return;
        }

        foreach (var write in done)
        {
            write.Complete();
        }
    }

    private sealed record Joined(DbConnection Connection, DbTransaction Transaction);

    private abstract class Write(CancellationToken cancellationToken)
    {
        public CancellationToken CancellationToken { get; } = cancellationToken;

        public abstract Task RunAsync(DbConnection connection, DbTransaction transaction);

        public abstract void Complete();

        public abstract void Fail(Exception exception);

        public abstract void Cancel();
    }

    private sealed class Write<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) : Write(cancellationToken)
    {
        private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _value = default!;

        public Task<T> Task => _result.Task;

        public override async Task RunAsync(DbConnection connection, DbTransaction transaction) => _value = await work(connection, transaction);

        public override void Complete() => _result.TrySetResult(_value);

        public override void Fail(Exception exception) => _result.TrySetException(exception);

        public override void Cancel() => _result.TrySetCanceled(CancellationToken);
    }
}
