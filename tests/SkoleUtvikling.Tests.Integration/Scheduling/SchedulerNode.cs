using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Scheduling.Jobs.Quartz;

namespace SkoleUtvikling.Tests.Integration.Scheduling;

/// <summary>
/// One bot replica as far as scheduling goes: a generic host with <see cref="PostSchedulingServiceCollectionExtensions.AddPostScheduling"/>
/// on a real database, the recording fakes, and the given clock. Dispose stops it like a shutdown.
/// </summary>
public sealed class SchedulerNode : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _crashed;

    private SchedulerNode(IHost host) => _host = host;

    public IPostScheduler Scheduler => _host.Services.GetRequiredService<IPostScheduler>();

    public ValueTask<IScheduler> QuartzAsync() => _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    public static async Task<SchedulerNode> StartAsync(PostSchedulingSettings settings, TimeProvider time, IPostDispatcher dispatcher, IMisfireReporter reporter)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging();
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton<IPostDispatcher>(dispatcher);
        builder.Services.AddSingleton<IMisfireReporter>(reporter);
        builder.Services.AddPostScheduling(settings);
        var host = builder.Build();
        await host.StartAsync();
        return new SchedulerNode(host);
    }

    /// <summary>
    /// Stops without waiting for running firings, as a killed process would: they are never recorded as
    /// complete. Disposing afterwards does nothing more.
    /// </summary>
    public async Task CrashAsync()
    {
        if (_crashed)
        {
            return;
        }

        _crashed = true;
        await _host.StopAsync(new CancellationToken(canceled: true));
        _host.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (_crashed)
        {
            return;
        }

        await _host.StopAsync();
        _host.Dispose();
    }
}
