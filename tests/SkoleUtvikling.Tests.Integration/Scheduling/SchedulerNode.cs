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

    private SchedulerNode(IHost host) => _host = host;

    public IPostScheduler Scheduler => _host.Services.GetRequiredService<IPostScheduler>();

    public ValueTask<IScheduler> QuartzAsync() => _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    public static async Task<SchedulerNode> StartAsync(PostSchedulingSettings settings, TimeProvider time, RecordingDispatcher dispatcher, RecordingMisfireReporter reporter)
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

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
