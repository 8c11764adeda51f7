using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Hosting;

/// <summary>
/// Development mode (no MicrosoftAppId) authenticates nobody, so it must only ever run on a developer's
/// machine: ASPNETCORE_ENVIRONMENT=Development, no forwarded-headers proxy set up, not on an Azure host,
/// and (checked by <see cref="LoopbackGuard"/>) loopback addresses only. Checked before Kestrel listens;
/// the message names MicrosoftAppId, the setting that is missing.
/// </summary>
public static class DevelopmentModeGuard
{
    // Set by Azure App Service and Azure Container Apps on every instance: a machine that is not a developer's.
    private static readonly string[] HostedMarkers = ["WEBSITE_SITE_NAME", "CONTAINER_APP_NAME"];

    public static void EnsureDeveloperMachine(IHostEnvironment environment, IConfiguration configuration)
    {
        var reasons = new List<string>();
        if (!environment.IsDevelopment())
        {
            reasons.Add($"ASPNETCORE_ENVIRONMENT is '{environment.EnvironmentName}', not Development");
        }

        if (string.Equals(configuration["ASPNETCORE_FORWARDEDHEADERS_ENABLED"], "true", StringComparison.OrdinalIgnoreCase))
        {
            reasons.Add("ASPNETCORE_FORWARDEDHEADERS_ENABLED says the bot runs behind a proxy");
        }

        reasons.AddRange(HostedMarkers.Where(m => !string.IsNullOrEmpty(configuration[m])).Select(m => $"{m} says the bot runs on an Azure host"));
        if (reasons.Count > 0)
        {
            throw new InvalidOperationException(
                "MicrosoftAppId is not set, so the bot would run in development mode without authentication, which only a developer's machine may do: " +
                string.Join("; ", reasons) + ". Set MicrosoftAppId (with MicrosoftAppPassword and MicrosoftAppTenantId), or on a developer's machine ASPNETCORE_ENVIRONMENT=Development.");
        }
    }
}
