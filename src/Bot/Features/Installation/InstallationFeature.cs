using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Installation;

/// <summary>Installation and removal in teams and chats; remembers every conversation the bot sees.</summary>
public static class InstallationFeature
{
    public static IServiceCollection AddInstallationFeature(this IServiceCollection services)
    {
        services.AddSingleton<ITurnObserver, ConversationRecorder>();
        services.AddSingleton<InstallationService>();
        services.AddSingleton<IActivityHandler, InstallationHandler>();
        return services;
    }
}
