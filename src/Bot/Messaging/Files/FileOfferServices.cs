using Microsoft.Extensions.DependencyInjection.Extensions;
using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Messaging.Files;

public static class FileOfferServices
{
    /// <summary>A feature's file offer; the one handler of consent answers comes with the first.</summary>
    public static IServiceCollection AddFileOffer<TOffer>(this IServiceCollection services)
        where TOffer : class, IFileOffer
    {
        services.AddSingleton<IFileOffer, TOffer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IActivityHandler, FileConsentAnswers>());
        return services;
    }
}
