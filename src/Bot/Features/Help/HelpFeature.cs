using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.Help;

/// <summary>The <c>hjelp</c> command.</summary>
public static class HelpFeature
{
    public static IServiceCollection AddHelpFeature(this IServiceCollection services)
    {
        services.AddSingleton<IMessageCommand, HelpCommand>();
        return services;
    }
}
