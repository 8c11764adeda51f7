using System.Collections.Concurrent;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Bot.Storage.Queue;
using SkoleUtvikling.Bot.Storage.Queue.Limits;
using SkoleUtvikling.Testing;
using SkoleUtvikling.Testing.Outbox;

namespace SkoleUtvikling.Tests.Integration.Storage.Queue;

/// <summary>
/// A run that hands its job back (as the rate-limit gate does) and is slow to return: the worker's next claim takes
/// the job again before the run is over. That claim must not be lost: with a lease of ten minutes the job would sit
/// leased and untouched until it ran out (a chase fan-out on a loaded machine left one teacher waiting so).
/// </summary>
public sealed class QueueWorkerReclaimTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync(SqlDialect.Sqlite);

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_job_claimed_again_while_its_run_that_handed_it_back_is_still_going_is_run_again_after_it_not_left_leased()
    {
        await using var host = new OutboxHost(_db, TimeProvider.System);
        await host.EnqueueAsync([OutboxMessages.Send("https://smba.example/", "tenant-a", "19:c", "m")]);
        var worker = new HandingBackWorker(new QueueTable(host.Database, "outbox", OutboxSql.Queue), host.Database);

        await worker.StartAsync(CancellationToken.None);
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            while (worker.Runs.Count < 2 && watch.Elapsed < Deadline)
            {
                await Task.Delay(20);
            }

            Assert.True(worker.ClaimedAgainDuringFirstRun, "the worker never claimed the handed-back job while its first run was going; the test proves nothing");
            Assert.True(worker.Runs.Count == 2, $"the job ran {worker.Runs.Count} time(s) in {Deadline.TotalSeconds} s; it should have run again after the first run");
            await using var c = await host.Database.OpenAsync();
            Assert.Equal("sent", await c.ExecuteScalarAsync<string>("SELECT status FROM outbox"));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// The first run hands its job back, due now, and returns only once the worker has claimed it again; the second
    /// run completes it.
    /// </summary>
    private sealed class HandingBackWorker(QueueTable table, Database database) : QueueWorker<OutboxRow>(
        "Test",
        new QueueSettings(Enabled: true, Concurrency: 4, PollInterval: TimeSpan.FromMilliseconds(20), LeaseDuration: TimeSpan.FromMinutes(10),
            ShutdownGrace: TimeSpan.FromSeconds(5), MaxInlineWait: TimeSpan.Zero),
        new Bell(),
        new RateLimiter([], [], new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), new Random(1)), TimeProvider.System),
        TimeProvider.System,
        NullLogger.Instance)
    {
        public ConcurrentQueue<long> Runs { get; } = new();

        public bool ClaimedAgainDuringFirstRun { get; private set; }

        protected override QueueTable Table => table;

        protected override async Task PerformAsync(OutboxRow job, CancellationToken stopping, CancellationToken hardStop)
        {
            Runs.Enqueue(job.Id);
            await using var c = await database.OpenAsync(CancellationToken.None);
            if (Runs.Count > 1)
            {
                await c.ExecuteAsync("UPDATE outbox SET status = 'sent', lease_owner = NULL, lease_until_ms = NULL WHERE id = @Id AND lease_owner = @Owner",
                    new { job.Id, Owner = OwnerId });
                return;
            }

            Assert.True(await table.ReleaseAsync(job.Id, OwnerId, TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds()));
            var watch = System.Diagnostics.Stopwatch.StartNew();
            while (watch.Elapsed < Deadline)
            {
                if (await c.ExecuteScalarAsync<string?>("SELECT lease_owner FROM outbox WHERE id = @Id", new { job.Id }) == OwnerId)
                {
                    ClaimedAgainDuringFirstRun = true;
                    return;
                }

                await Task.Delay(10, CancellationToken.None);
            }
        }

        private sealed class Bell : WorkSignal;
    }
}
