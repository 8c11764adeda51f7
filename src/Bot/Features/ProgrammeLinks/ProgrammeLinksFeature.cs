using SkoleUtvikling.Bot.Routing;

namespace SkoleUtvikling.Bot.Features.ProgrammeLinks;

/// <summary>Linking a programme to its team channel.</summary>
public static class ProgrammeLinksFeature
{
    public static IServiceCollection AddProgrammeLinksFeature(this IServiceCollection services)
    {
        services.AddSingleton<IMessageCommand, ProgrammeLinkCommand>();
        return services;
    }
}
