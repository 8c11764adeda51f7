using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SkoleUtvikling.Bot.Hosting;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Testing.Outbox;

namespace SkoleUtvikling.Testing;

/// <summary>
/// One queue worker of a job kind as the bot composes it (the real AddStorage, AddBotProtocol and
/// AddOutbox, plus what <paramref name="compose"/> adds), over a given database and clock, without the
/// web host. Several hosts on one database are several replicas, each with its own owner id.
/// </summary>
public abstract class QueueHost<TWorker> : IAsyncDisposable
    where TWorker : BackgroundService
{
    private readonly ServiceProvider _services;
    private bool _started;

    protected QueueHost(TestDatabase database, TimeProvider time, IDictionary<string, string?> defaults, IDictionary<string, string?>? settings, LogLevel logLevel, Action<IServiceCollection, IConfiguration> compose)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(compose);
        var values = new Dictionary<string, string?>(database.Settings);
        foreach (var (key, value) in defaults.Concat(settings ?? new Dictionary<string, string?>()))
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(time);
        services.AddLogging(l => l.SetMinimumLevel(logLevel).AddProvider(Logs));
        services.AddStorage(configuration);
        services.AddBotProtocol(configuration);
        services.AddOutbox(configuration);
        compose(services, configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Worker = _services.GetServices<IHostedService>().OfType<TWorker>().Single();
    }

    public CapturedLogs Logs { get; } = new();

    public TWorker Worker { get; }

    public Database Database => _services.GetRequiredService<Database>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Task StartAsync()
    {
        _started = true;
        return Worker.StartAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await Worker.StopAsync(CancellationToken.None);
            if (Worker.ExecuteTask is { } running)
            {
                await running;
            }
        }

        await _services.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Enqueues in one transaction, as a caller does, then rings the worker.</summary>
    /// <returns>How many were added (a known dedupe key adds nothing).</returns>
    protected async Task<int> EnqueueAsync<TItem>(IEnumerable<TItem> items, Func<DbConnection, DbTransaction, TItem, Task<bool>> enqueue, Action notifyCommitted)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(enqueue);
        ArgumentNullException.ThrowIfNull(notifyCommitted);
        var added = await Database.InTransactionAsync(async (c, t) =>
        {
            var count = 0;
            foreach (var item in items)
            {
                count += await enqueue(c, t, item) ? 1 : 0;
            }

            return count;
        });
        notifyCommitted();
        return added;
    }
}
