using SkoleUtvikling.Bot.Messaging.Files;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Status;

/// <summary>
/// Leaders see who has not delivered, for every kind of round, and chase them («Purr»): the collection
/// engine's status query and chase mechanism behind a command and the status card.
/// </summary>
public static class StatusFeature
{
    public static IServiceCollection AddStatusFeature(this IServiceCollection services)
    {
        services.AddCollectionEngine();
        services.AddSingleton<StatusService>();
        services.AddSingleton<IMessageCommand, StatusCommand>();
        services.AddSingleton<IActivityHandler, StatusSubmitHandler>();
        services.AddSingleton<IMessageCommand, ReportCommand>();
        services.AddFileOffer<ReportOffer>();
        return services;
    }
}
