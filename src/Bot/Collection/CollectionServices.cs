using Microsoft.Extensions.DependencyInjection.Extensions;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// The collection engine's services. Every feature that collects answers calls this; registering twice
/// changes nothing, so no feature depends on another having done it.
/// </summary>
public static class CollectionServices
{
    public static IServiceCollection AddCollectionEngine(this IServiceCollection services)
    {
        services.TryAddSingleton<RoundCache>();
        services.TryAddSingleton<RoundStore>();
        services.TryAddSingleton<TeamRoster>();
        services.TryAddSingleton<RoundReminders>();
        services.TryAddSingleton<RoundOpener>();
        services.TryAddSingleton<RoundStatusQuery>();
        services.TryAddSingleton<RoundChases>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFiredPostHandler, RoundReminderPosts>());
        return services;
    }
}
