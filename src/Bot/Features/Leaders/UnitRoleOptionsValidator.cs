using Microsoft.Extensions.Options;

namespace SkoleUtvikling.Bot.Features.Leaders;

/// <summary>Every id an Entra object id, every school named once; errors name the setting.</summary>
public sealed class UnitRoleOptionsValidator : IValidateOptions<UnitRoleOptions>
{
    public ValidateOptionsResult Validate(string? name, UnitRoleOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Schools.Count; i++)
        {
            var school = options.Schools[i];
            if (string.IsNullOrWhiteSpace(school.Name))
            {
                errors.Add($"{UnitRoleOptions.Section}:Schools:{i}:Name must name the school as it is registered (enhet skole <navn>).");
            }
            else if (options.Schools.Take(i).Any(s => string.Equals(s.Name.Trim(), school.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add($"{UnitRoleOptions.Section}:Schools:{i}:Name '{school.Name}' is listed twice.");
            }

            errors.AddRange(BadIds($"{UnitRoleOptions.Section}:Schools:{i}:Rektor", school.Rektor));
            errors.AddRange(BadIds($"{UnitRoleOptions.Section}:Schools:{i}:Skut", school.Skut));
        }

        errors.AddRange(BadIds($"{UnitRoleOptions.Section}:Veilederteam", options.Veilederteam));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<string> BadIds(string setting, IReadOnlyList<string> ids) =>
        ids.Select((id, i) => (id, i)).Where(x => !Guid.TryParse(x.id, out _))
            .Select(x => $"{setting}:{x.i} must be an Entra object id (GUID), was '{x.id}'.");
}
