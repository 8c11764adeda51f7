using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SkoleUtvikling.Bot.Hosting;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Testing.Auth;

namespace SkoleUtvikling.Testing.Outbox;

/// <summary>
/// One outbox worker as the bot composes it (the real AddStorage, AddBotProtocol and AddOutbox),
/// over a given database and clock, without the web host. Several hosts on one database are
/// several replicas, each with its own owner id.
/// </summary>
public sealed class OutboxHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private bool _started;

    public OutboxHost(TestDatabase database, TimeProvider time, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(database.Settings);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(time);
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
        services.AddStorage(configuration);
        services.AddBotProtocol(configuration);
        services.AddOutbox(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Worker = _services.GetServices<IHostedService>().OfType<OutboxWorker>().Single();
    }

    public CapturedLogs Logs { get; } = new();

    public OutboxWorker Worker { get; }

    public Database Database => _services.GetRequiredService<Database>();

    public IOutbox Outbox => _services.GetRequiredService<IOutbox>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Task StartAsync()
    {
        _started = true;
        return Worker.StartAsync(CancellationToken.None);
    }

    /// <summary>A graceful stop: returns when calls under way finished and were recorded.</summary>
    public Task StopAsync() => Worker.StopAsync(CancellationToken.None);

    /// <summary>
    /// Stops without waiting, as a host whose shutdown timeout is spent: the worker claims nothing
    /// more and this returns at once, while calls already under way finish in the background.
    /// </summary>
    public Task StopAbruptlyAsync() => Worker.StopAsync(new CancellationToken(canceled: true));

    /// <summary>Enqueues in one transaction, as a handler does, and rings the worker.</summary>
    public async Task<int> EnqueueAsync(IEnumerable<OutboxMessage> messages)
    {
        var added = await Database.InTransactionAsync(async (c, t) =>
        {
            var count = 0;
            foreach (var message in messages)
            {
                count += await Outbox.EnqueueAsync(c, t, message, CancellationToken.None) ? 1 : 0;
            }

            return count;
        });
        Outbox.NotifyCommitted();
        return added;
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
    }
}
