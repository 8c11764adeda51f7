using System.Data.Common;
using System.Threading.Channels;
using Dapper;

namespace SkoleUtvikling.Bot.Storage;

/// <summary>
/// The database's writers, with group commit (issue 16). Every write transaction of the process is
/// queued; a writer takes what has queued up, runs it back to back on its own connection inside one
/// transaction and commits once. Each caller's task completes only after that commit, so "committed
/// before the 200" still holds; a failed commit fails them all. When one caller's work throws, the
/// batch is rolled back and each runs again in a transaction of its own, so only that one fails: work
/// may therefore run twice, the first time rolled back, and must keep its effects inside the transaction.
/// </summary>
/// <remarks>
/// <para>
/// SQLite has one writer: many connections racing for its lock wait in Microsoft.Data.Sqlite's busy
/// retries (150 ms sleeps), which is where the inbound tail came from. PostgreSQL pays a WAL flush per
/// commit; one flush for many requests is what lets it keep up. It also pays a round trip per statement:
/// single statements (<see cref="ExecuteAsync"/>) queued together are handed to the pipeline and sent at once.
/// </para>
/// <para>
/// A transaction started from inside a queued one (same async flow, same database) joins it instead
/// of queueing behind itself. Work must only use the connection and transaction it is given: opening another
/// connection to write from inside would wait for this writer's own lock.
/// </para>
/// </remarks>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    // Enough to empty the queue of a 64-request burst in one commit, small enough to bound one transaction.
    private const int MaxBatch = 256;

    private static readonly AsyncLocal<Joined?> Current = new();

    private readonly Channel<Write> _queue = Channel.CreateUnbounded<Write>();
    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly Action? _committed;
    private readonly IStatementPipeline? _pipeline;
    private readonly Task[] _writers;
    private long _pipelined;

    /// <param name="open">Opens a connection for one writer; each writer keeps its own.</param>
    /// <param name="writers">1 for SQLite (one lock); PostgreSQL defaults to 1 too (larger batches, measured fastest next to the server), more let one batch flush while the next is written.</param>
    /// <param name="committed">Told after each commit.</param>
    /// <param name="pipeline">Sends a batch's single statements to the database in one round trip (PostgreSQL); null runs them one by one.</param>
    public GroupCommitWriter(Func<CancellationToken, Task<DbConnection>> open, int writers, Action? committed, IStatementPipeline? pipeline = null)
    {
        _open = open;
        _committed = committed;
        _pipeline = pipeline;
        _writers = [.. Enumerable.Range(0, writers).Select(_ => Task.Run(RunAsync))];
    }

    /// <summary>Statements that went to the database in a shared round trip (for tests and diagnostics).</summary>
    public long Pipelined => Interlocked.Read(ref _pipelined);

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        if (Current.Value is { } joined && joined.Writer == this)
        {
            return work(joined.Connection, joined.Transaction);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var write = new Write<T>(work, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(write), this);

        return write.Task;
    }

    /// <summary>
    /// One write statement in a transaction shared with others (see <see cref="WriteAsync{T}"/>); returns the rows it
    /// changed. Unlike arbitrary work, a batch's statements can go to the database together: with a pipeline, a batch
    /// of inbound replies is one round trip and a commit instead of one round trip each.
    /// </summary>
    public Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        if (Current.Value is { } joined && joined.Writer == this)
        {
            return Statement.Run(joined.Connection, joined.Transaction, sql, parameters, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var write = new Statement(sql, parameters, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(write), this);
        return write.Task;
    }

    /// <summary>
    /// Runs <paramref name="action"/> once the transaction this is called from has ended (committed or rolled back), or
    /// at once outside one. For caches: a read on another connection sees the old rows until the commit, so forgetting
    /// only inside the transaction could let such a read be kept.
    /// </summary>
    public static void AfterCommit(Action action)
    {
        if (Current.Value is { } joined)
        {
            joined.Write.AfterCommit(action);
        }
        else
        {
            action();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers);
    }

    private async Task RunAsync()
    {
        var batch = new List<Write>(MaxBatch);
        DbConnection? connection = null;
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                batch.Clear();
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
                {
                    batch.Add(write);
                }

                if (batch.Count > 0)
                {
                    connection = await CommitAsync(connection, batch);
                    _committed?.Invoke();
                }
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <returns>The connection to go on with: null when it failed and must not be reused.</returns>
    private async Task<DbConnection?> CommitAsync(DbConnection? connection, List<Write> batch)
    {
        var live = new List<Write>(batch.Count);
        foreach (var write in batch)
        {
            if (write.CancellationToken.IsCancellationRequested)
            {
                write.Cancel();
            }
            else
            {
                live.Add(write);
            }
        }

        try
        {
            connection ??= await _open(CancellationToken.None);
            if (!await TrySettleAsync(connection, live))
            {
                // One caller's work failed and took the shared transaction with it (PostgreSQL aborts it on
                // any error): each runs again in a transaction of its own, so only the failing one fails.
                foreach (var write in live)
                {
                    await TrySettleAsync(connection, [write]);
                }
            }

            return connection;
        }
#pragma warning disable CA1031 // Every waiting caller gets the exception; the writer itself carries on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // Opening, BEGIN, ROLLBACK or COMMIT failed: nothing of the batch is known to be kept.
            foreach (var write in live)
            {
                write.Fail(ex);
            }

            // A connection in an unknown state is not reused.
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            return null;
        }
    }

    /// <summary>
    /// Runs <paramref name="writes"/> back to back in one transaction and commits; then each caller hears.
    /// When one throws, the transaction is rolled back: a write that ran alone has failed (true), a
    /// batch is not settled (false) and must run again one by one.
    /// </summary>
    private async Task<bool> TrySettleAsync(DbConnection connection, IReadOnlyList<Write> writes)
    {
        if (writes.Count == 0)
        {
            return true;
        }

        if (_pipeline is not null && writes.All(w => w is Statement s && _pipeline.CanCarry(s.Parameters)))
        {
            return await TrySettleStatementsAsync(connection, [.. writes.Cast<Statement>()]);
        }

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var statements = _pipeline is null || writes.Count < 2 ? [] : writes.OfType<Statement>().Where(w => _pipeline.CanCarry(w.Parameters)).ToList();
            if (statements.Count > 1 && await PipelineAsync(connection, transaction, statements) is not null)
            {
                return false;
            }

            foreach (var write in statements.Count < 2 ? writes : writes.Except(statements))
            {
                Current.Value = new Joined(this, connection, transaction, write);
                write.ForgetAfterCommit();
                try
                {
                    await write.RunAsync(connection, transaction);
                }
#pragma warning disable CA1031 // The failure belongs to the caller whose work it was.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    await transaction.RollbackAsync();
                    if (writes.Count > 1)
                    {
                        return false;
                    }

                    write.Fail(ex);
                    return true;
                }
                finally
                {
                    Current.Value = null;
                }
            }

            await transaction.CommitAsync();
        }

        foreach (var write in writes)
        {
            write.Complete();
        }

        return true;
    }

    /// <summary>
    /// A batch of nothing but statements: the pipeline's batch is the transaction (all kept or none, committed as it
    /// ends), so the lot costs one round trip with no BEGIN or COMMIT of its own. Settled as <see cref="TrySettleAsync"/>.
    /// </summary>
    private async Task<bool> TrySettleStatementsAsync(DbConnection connection, List<Statement> statements)
    {
        if (await PipelineAsync(connection, transaction: null, statements) is not { } failure)
        {
            foreach (var statement in statements)
            {
                statement.Complete();
            }

            return true;
        }

        if (connection.State != System.Data.ConnectionState.Open)
        {
            // Not the statement's fault: the writer fails the batch and opens a new connection.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        if (statements.Count > 1)
        {
            return false;
        }

        statements[0].Fail(failure);
        return true;
    }

    /// <summary>The statements in one round trip.</summary>
    /// <returns>Null when they ran (each has its count); else what failed, with <paramref name="transaction"/> rolled back.</returns>
    private async Task<Exception?> PipelineAsync(DbConnection connection, DbTransaction? transaction, List<Statement> statements)
    {
        try
        {
            var changed = await _pipeline!.RunAsync(connection, transaction, [.. statements.Select(w => (w.Sql, w.Parameters))]);
            for (var i = 0; i < statements.Count; i++)
            {
                statements[i].Changed(changed[i]);
            }

            Interlocked.Add(ref _pipelined, statements.Count);
            return null;
        }
#pragma warning disable CA1031 // Which statement failed is found by running each alone.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (transaction is not null)
            {
                await transaction.RollbackAsync();
            }

            return ex;
        }
    }

    private sealed record Joined(GroupCommitWriter Writer, DbConnection Connection, DbTransaction Transaction, Write Write);

    private abstract class Write(CancellationToken cancellationToken)
    {
        private List<Action>? _afterCommit;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public void AfterCommit(Action action) => (_afterCommit ??= []).Add(action);

        /// <summary>Before a run: a rerun (after a shared batch failed) registers its own again.</summary>
        public void ForgetAfterCommit() => _afterCommit = null;

        /// <summary>Runs what was registered to run after the transaction; the caller hears only after that.</summary>
        protected void RunAfterCommit()
        {
            foreach (var action in _afterCommit ?? [])
            {
                action();
            }

            _afterCommit = null;
        }

        public abstract Task RunAsync(DbConnection connection, DbTransaction transaction);

        public abstract void Complete();

        public abstract void Fail(Exception exception);

        public abstract void Cancel();
    }

    private class Write<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) : Write(cancellationToken)
    {
        private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _value = default!;

        protected void SetValue(T value) => _value = value;

        public Task<T> Task => _result.Task;

        public override async Task RunAsync(DbConnection connection, DbTransaction transaction) => _value = await work(connection, transaction);

        public override void Complete()
        {
            RunAfterCommit();
            _result.TrySetResult(_value);
        }

        public override void Fail(Exception exception)
        {
            RunAfterCommit();
            _result.TrySetException(exception);
        }

        public override void Cancel() => _result.TrySetCanceled(CancellationToken);
    }

    /// <summary>A single statement: run alone like any work, or with the batch's other statements through the pipeline.</summary>
    private sealed class Statement(string sql, object parameters, CancellationToken cancellationToken)
        : Write<int>((c, t) => Run(c, t, sql, parameters, cancellationToken), cancellationToken)
    {
        public string Sql => sql;

        public object Parameters => parameters;

        public static Task<int> Run(DbConnection connection, DbTransaction transaction, string sql, object parameters, CancellationToken cancellationToken) =>
            connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

        public void Changed(int rows) => SetValue(rows);
    }
}
