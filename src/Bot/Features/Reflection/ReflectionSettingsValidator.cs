using Microsoft.Extensions.Options;

namespace SkoleUtvikling.Bot.Features.Reflection;

public sealed class ReflectionSettingsValidator : IValidateOptions<ReflectionSettings>
{
    public ValidateOptionsResult Validate(string? name, ReflectionSettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.LateDays is < 0 or > 365)
        {
            errors.Add($"Reflection:LateDays must be between 0 and 365, was {options.LateDays}.");
        }

        if (options.MinimumHoursToAnswer is < 1 or > 24 * 14)
        {
            errors.Add($"Reflection:MinimumHoursToAnswer must be between 1 and 336, was {options.MinimumHoursToAnswer}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
