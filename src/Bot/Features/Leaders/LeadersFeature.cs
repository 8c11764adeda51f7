namespace SkoleUtvikling.Bot.Features.Leaders;

/// <summary>Who is a leader (team owners and configured Entra ids). Shared by the features that need it; it handles no activity.</summary>
public static class LeadersFeature
{
    public static IServiceCollection AddLeadersFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<LeaderOptions, LeaderOptionsValidator>(configuration.GetSection(LeaderOptions.Section));
        services.AddValidatedOptions<UnitRoleOptions, UnitRoleOptionsValidator>(configuration.GetSection(UnitRoleOptions.Section));
        services.AddSingleton<LeaderDirectory>();
        return services;
    }
}
