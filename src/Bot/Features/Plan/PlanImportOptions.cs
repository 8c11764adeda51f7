using Microsoft.Extensions.Options;
using SkoleUtvikling.Scheduling.Plan.Import;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>"Plan:Import": how long reading one plan file may take, and the size limits of <see cref="PlanImportLimits"/>.</summary>
public sealed class PlanImportOptions
{
    public const string Section = "Plan:Import";

    /// <summary>Seconds a file may take to read before the import is given up; a real plan takes well under one.</summary>
    public double TimeoutSeconds { get; set; } = 20;

    public int MaxRows { get; set; } = PlanImportLimits.Default.MaxRows;

    public int MaxEvents { get; set; } = PlanImportLimits.Default.MaxEvents;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public PlanImportLimits Limits => PlanImportLimits.Default with { MaxRows = MaxRows, MaxEvents = MaxEvents };
}

public sealed class PlanImportOptionsValidator : IValidateOptions<PlanImportOptions>
{
    public ValidateOptionsResult Validate(string? name, PlanImportOptions options)
    {
        var failures = new List<string>();
        if (options.TimeoutSeconds is < 0 or > 300)
        {
            failures.Add($"Plan:Import:TimeoutSeconds must be between 0 and 300, was {options.TimeoutSeconds}.");
        }

        if (options.MaxRows is < 1 or > 100_000)
        {
            failures.Add($"Plan:Import:MaxRows must be between 1 and 100000, was {options.MaxRows}.");
        }

        if (options.MaxEvents is < 1 or > 100_000)
        {
            failures.Add($"Plan:Import:MaxEvents must be between 1 and 100000, was {options.MaxEvents}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
