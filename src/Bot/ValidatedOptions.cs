using Microsoft.Extensions.Options;

namespace SkoleUtvikling.Bot;

/// <summary>
/// Options bound from configuration and validated at start, so a bad setting stops the bot with a
/// clear message instead of failing on first use. Every folder registers its own options with it.
/// </summary>
public static class ValidatedOptions
{
    public static IServiceCollection AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, IConfiguration section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        return services;
    }
}
