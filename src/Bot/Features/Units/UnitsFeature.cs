using Microsoft.Extensions.DependencyInjection.Extensions;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Units;

/// <summary>Registering what a channel is (<c>enhet</c>, <c>enheter</c>) and the core's <see cref="IUnitDirectory"/>.</summary>
public static class UnitsFeature
{
    public static IServiceCollection AddUnitsFeature(this IServiceCollection services)
    {
        services.AddCollectionEngine();
        services.TryAddSingleton<IUnitDirectory, UnitDirectory>();
        // enheter before enhet: "enhet" would not match it (the verb needs a space), but order keeps intent clear.
        services.AddSingleton<IMessageCommand, UnitListCommand>();
        services.AddSingleton<IMessageCommand, UnitCommand>();
        return services;
    }
}
