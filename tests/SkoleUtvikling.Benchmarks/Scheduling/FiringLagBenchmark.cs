using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Scheduling.Jobs.Quartz;

namespace SkoleUtvikling.Benchmarks.Scheduling;

/// <summary>
/// Issue 4's benchmark: the firing lag (dispatch time − planned time, p50/p99) of many posts due at
/// the same instant, as on a Monday morning, through the real Quartz ADO.NET job store. By default the
/// dispatcher only notes the time, which measures the scheduler alone; <c>withOutboxInsert</c> makes
/// it insert one deduplicated row per post into the same database, as the Bot's outbox will.
/// </summary>
public static class FiringLagBenchmark
{
    /// <summary>On a fresh SQLite file in a temporary directory, deleted afterwards.</summary>
    public static async Task<string> RunOnSqliteAsync(int posts = 10_000, int maxConcurrency = 8, bool withOutboxInsert = false, CancellationToken cancellationToken = default)
    {
        var directory = Directory.CreateTempSubdirectory("skoleutvikling-bench-").FullName;
        try
        {
            var connectionString = $"Data Source={Path.Combine(directory, "bot.db")}";
            return await RunAsync(JobStoreProvider.Sqlite, connectionString, posts, maxConcurrency, replicas: 1, withOutboxInsert, cancellationToken);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>On a fresh schema of the server <paramref name="serverConnectionString"/> points at, dropped afterwards.</summary>
    public static async Task<string> RunOnPostgresAsync(string serverConnectionString, int posts = 10_000, int maxConcurrency = 8, int replicas = 1, bool withOutboxInsert = false, CancellationToken cancellationToken = default)
    {
        var schema = "bench_" + Guid.NewGuid().ToString("N");
        await OutboxStandIn.ExecuteOnPostgresAsync(serverConnectionString, $"CREATE SCHEMA {schema}", cancellationToken);
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { SearchPath = schema }.ConnectionString;
            return await RunAsync(JobStoreProvider.Postgres, connectionString, posts, maxConcurrency, replicas, withOutboxInsert, cancellationToken);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await OutboxStandIn.ExecuteOnPostgresAsync(serverConnectionString, $"DROP SCHEMA {schema} CASCADE", CancellationToken.None);
        }
    }

    /// <summary>
    /// Starts <paramref name="replicas"/> schedulers (clustered when more than one) on the given empty
    /// database, syncs <paramref name="posts"/> posts due together a few seconds after the sync ends,
    /// and waits until every one was dispatched.
    /// </summary>
    public static async Task<string> RunAsync(JobStoreProvider provider, string connectionString, int posts, int maxConcurrency, int replicas, bool withOutboxInsert, CancellationToken cancellationToken)
    {
        await using var outbox = withOutboxInsert ? await OutboxStandIn.CreateAsync(provider, connectionString, cancellationToken) : null;
        var recorder = new LagRecorder(posts, outbox);
        var hosts = new List<IHost>();
        try
        {
            for (var i = 0; i < replicas; i++)
            {
                hosts.Add(await StartHostAsync(provider, connectionString, maxConcurrency, replicas > 1, recorder, cancellationToken));
            }

            var scheduler = hosts[0].Services.GetRequiredService<IPostScheduler>();
            // Time a sample sync to put the posts far enough ahead that the real sync is done before they fall due.
            var sample = Math.Min(posts, 500);
            var sampleTime = await TimeAsync(() => scheduler.SyncAsync("bench-sample", Posts(sample, "s", TimeProvider.System.GetUtcNow().AddDays(1)), cancellationToken));
            await scheduler.SyncAsync("bench-sample", [], cancellationToken);
            var fireAt = TimeProvider.System.GetUtcNow() + sampleTime * (2.0 * posts / sample) + TimeSpan.FromSeconds(3);
            var sync = await TimeAsync(() => scheduler.SyncAsync("bench", Posts(posts, "e", fireAt), cancellationToken));
            var headroom = fireAt - TimeProvider.System.GetUtcNow();

            await recorder.AllArrived.WaitAsync(TimeSpan.FromMinutes(15), cancellationToken);
            var what = string.Create(CultureInfo.InvariantCulture, $"{provider}, {replicas} replica(s) × {maxConcurrency} threads{(outbox is null ? "" : ", outbox insert")}");
            return recorder.Summary(what, sync, headroom);
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
}
