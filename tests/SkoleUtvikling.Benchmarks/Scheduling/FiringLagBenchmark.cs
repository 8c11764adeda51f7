using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Scheduling.Jobs.Quartz;

namespace SkoleUtvikling.Benchmarks.Scheduling;

/// <summary>
/// Issue 4's benchmark: the firing lag (actual dispatch time − planned time, p50/p99) of many posts
/// due at the same instant, as on a Monday morning, through the real Quartz ADO.NET job store. The
/// dispatcher only records the time, so this measures the scheduler, not the outbox behind it.
/// </summary>
public static class FiringLagBenchmark
{
    /// <summary>On a fresh SQLite file in a temporary directory, deleted afterwards.</summary>
    public static async Task<string> RunOnSqliteAsync(int posts = 10_000, int maxConcurrency = 4, CancellationToken cancellationToken = default)
    {
        var directory = Directory.CreateTempSubdirectory("skoleutvikling-bench-").FullName;
        try
        {
            return await RunAsync(JobStoreProvider.Sqlite, $"Data Source={Path.Combine(directory, "bot.db")}", posts, maxConcurrency, replicas: 1, cancellationToken);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>On a fresh schema of the server <paramref name="serverConnectionString"/> points at, dropped afterwards.</summary>
    public static async Task<string> RunOnPostgresAsync(string serverConnectionString, int posts = 10_000, int maxConcurrency = 4, int replicas = 1, CancellationToken cancellationToken = default)
    {
        var schema = "bench_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(serverConnectionString, $"CREATE SCHEMA {schema}", cancellationToken);
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { SearchPath = schema }.ConnectionString;
            return await RunAsync(JobStoreProvider.Postgres, connectionString, posts, maxConcurrency, replicas, cancellationToken);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(serverConnectionString, $"DROP SCHEMA {schema} CASCADE", CancellationToken.None);
        }
    }

    /// <summary>
    /// Starts <paramref name="replicas"/> schedulers (clustered when more than one) on the given empty
    /// database, syncs <paramref name="posts"/> posts due together a few seconds after the sync, and
    /// waits until every one was dispatched.
    /// </summary>
    public static async Task<string> RunAsync(JobStoreProvider provider, string connectionString, int posts, int maxConcurrency, int replicas, CancellationToken cancellationToken)
    {
        var recorder = new LagRecorder(posts);
        var hosts = new List<IHost>();
        try
        {
            for (var i = 0; i < replicas; i++)
            {
                hosts.Add(await StartHostAsync(provider, connectionString, maxConcurrency, replicas > 1, recorder, cancellationToken));
            }

            var scheduler = hosts[0].Services.GetRequiredService<IPostScheduler>();
            // Measure how long a sync of this size takes, then put the posts that far plus 3 s ahead.
            var warmup = await TimeAsync(() => scheduler.SyncAsync("bench-warmup", Posts(posts, "w", TimeProvider.System.GetUtcNow().AddDays(1)), cancellationToken));
            await scheduler.SyncAsync("bench-warmup", [], cancellationToken);
            var fireAt = TimeProvider.System.GetUtcNow() + warmup * 1.5 + TimeSpan.FromSeconds(3);
            var sync = await TimeAsync(() => scheduler.SyncAsync("bench", Posts(posts, "e", fireAt), cancellationToken));
            var syncedAt = TimeProvider.System.GetUtcNow();

            await recorder.AllDispatched.WaitAsync(TimeSpan.FromMinutes(15), cancellationToken);
            return recorder.Summary(provider, replicas, maxConcurrency, sync, fireAt - syncedAt);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.StopAsync(CancellationToken.None);
                host.Dispose();
            }
        }
    }

    private static async Task<IHost> StartHostAsync(JobStoreProvider provider, string connectionString, int maxConcurrency, bool clustered, LagRecorder recorder, CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IPostDispatcher>(recorder);
        builder.Services.AddSingleton<IMisfireReporter>(recorder);
        builder.Services.AddPostScheduling(new PostSchedulingSettings
        {
            Provider = provider,
            ConnectionString = connectionString,
            Clustered = clustered,
            MaxConcurrency = maxConcurrency,
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return host;
    }

    private static List<ScheduledPost> Posts(int count, string prefix, DateTimeOffset fireAt) =>
        [.. Enumerable.Range(1, count).Select(i => new ScheduledPost($"{prefix}{i}:lesebestilling", fireAt))];

    private static async Task<TimeSpan> TimeAsync(Func<Task> work)
    {
        var started = TimeProvider.System.GetTimestamp();
        await work();
        return TimeProvider.System.GetElapsedTime(started);
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The benchmark's Bot: notes when each post arrived, nothing else.</summary>
    private sealed class LagRecorder(int expected) : IPostDispatcher, IMisfireReporter
    {
        private readonly ConcurrentBag<double> _lagsMs = [];
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _count;
        private int _late;
        private int _missed;

        public Task AllDispatched => _all.Task;

        public Task DispatchAsync(string postKey, DateTimeOffset scheduledFireUtc, bool late, CancellationToken cancellationToken)
        {
            _lagsMs.Add((TimeProvider.System.GetUtcNow() - scheduledFireUtc).TotalMilliseconds);
            if (late)
            {
                Interlocked.Increment(ref _late);
            }

            Arrived();
            return Task.CompletedTask;
        }

        public Task ReportMissedAsync(string postKey, DateTimeOffset scheduledFireUtc, DateTimeOffset detectedUtc, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _missed);
            Arrived();
            return Task.CompletedTask;
        }

        public string Summary(JobStoreProvider provider, int replicas, int maxConcurrency, TimeSpan sync, TimeSpan headroom)
        {
            var lags = _lagsMs.Order().ToArray();
            var seconds = lags[^1] / 1000;
            return string.Create(CultureInfo.InvariantCulture,
                $"{provider}, {replicas} replica(s) × {maxConcurrency} threads: {lags.Length} posts due at once; " +
                $"firing lag p50 {Percentile(lags, 0.50):F0} ms, p99 {Percentile(lags, 0.99):F0} ms, max {lags[^1]:F0} ms " +
                $"(≈{lags.Length / Math.Max(seconds, 0.001):F0} posts/s); late {_late}, missed {_missed}; " +
                $"sync of {lags.Length} took {sync.TotalSeconds:F1} s, finished {headroom.TotalSeconds:F1} s before the posts were due");
        }

        private void Arrived()
        {
            if (Interlocked.Increment(ref _count) == expected)
            {
                _all.TrySetResult();
            }
        }

        /// <summary>Nearest-rank percentile of sorted values.</summary>
        private static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
