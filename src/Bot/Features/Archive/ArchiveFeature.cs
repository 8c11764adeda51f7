using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Archive;

/// <summary>The <c>arkiv</c> command and its card's submit. Needs <c>AddFiling</c> and the features' leader directory.</summary>
public static class ArchiveFeature
{
    public static IServiceCollection AddArchiveFeature(this IServiceCollection services)
    {
        services.AddSingleton<ArchiveChoice>();
        services.AddSingleton<IActivityHandler, ArchiveChoiceHandler>();
        services.AddSingleton<IMessageCommand, ArchiveCommand>();
        return services;
    }
}
