using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Scheduling.Plan;

/// <summary>
/// Bound from "Scheduling:Posts": "Default" for every programme, and "Programmes:{Programme}" to override one
/// programme completely (fields not given there take the built-in defaults, not "Default"'s).
/// </summary>
public sealed class PostPlannerSettings
{
    public const string SectionName = "Scheduling:Posts";

    public PostSettings Default { get; set; } = new();

    public Dictionary<Programme, PostSettings> Programmes { get; } = [];

    public PostSettings For(Programme programme) =>
        Programmes.TryGetValue(programme, out var settings) ? settings : Default;

    /// <summary>Every mistake, each naming its configuration key and the bad value.</summary>
    public IReadOnlyList<string> Validate(QuietHours quietHours)
    {
        ArgumentNullException.ThrowIfNull(quietHours);
        var errors = new List<string>();
        Check($"{SectionName}:Default", Default, quietHours, errors);
        foreach (var (programme, settings) in Programmes)
        {
            Check($"{SectionName}:Programmes:{programme}", settings, quietHours, errors);
        }

        return errors;
    }

    private static void Check(string key, PostSettings settings, QuietHours quietHours, List<string> errors)
    {
        if (settings.LesebestillingDaysBefore is < 1 or > 60)
        {
            errors.Add($"{key}:LesebestillingDaysBefore is {settings.LesebestillingDaysBefore}; it must be 1 to 60.");
        }

        if (settings.CallForSakerDaysBeforeDeadline is < 0 or > 60)
        {
            errors.Add($"{key}:CallForSakerDaysBeforeDeadline is {settings.CallForSakerDaysBeforeDeadline}; it must be 0 to 60.");
        }

        foreach (var (name, time) in new[]
        {
            (nameof(PostSettings.LesebestillingAt), settings.LesebestillingAt),
            (nameof(PostSettings.ReminderAt), settings.ReminderAt),
            (nameof(PostSettings.AgendaAt), settings.AgendaAt),
        })
        {
            if (quietHours.Contains(time))
            {
                errors.Add($"{key}:{name} is {time:HH\\:mm}, inside the quiet hours {quietHours.Start:HH\\:mm}–{quietHours.End:HH\\:mm}.");
            }
        }
    }
}
