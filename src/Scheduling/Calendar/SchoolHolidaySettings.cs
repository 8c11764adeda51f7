namespace SkoleUtvikling.Scheduling.Calendar;

/// <summary>
/// School holidays per municipality, bound from "Scheduling:SchoolHolidays:{municipality}" as a list of periods.
/// A municipality without an entry has only weekends and public holidays as days off.
/// </summary>
public sealed class SchoolHolidaySettings
{
    public const string SectionName = "Scheduling:SchoolHolidays";

    public Dictionary<string, List<SchoolHolidaySetting>> Municipalities { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every mistake, each naming its configuration key and the bad value.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        foreach (var (municipality, periods) in Municipalities)
        {
            for (var i = 0; i < periods.Count; i++)
            {
                var period = periods[i];
                var key = $"{SectionName}:{municipality}:{i}";
                if (!Enum.IsDefined(period.Kind))
                {
                    errors.Add($"{key}:Kind has the unknown value {period.Kind}.");
                }

                if (period.First == default || period.Last == default)
                {
                    errors.Add($"{key} needs both First and Last (yyyy-MM-dd).");
                }
                else if (period.Last < period.First)
                {
                    errors.Add($"{key}:Last ({period.Last:yyyy-MM-dd}) is before First ({period.First:yyyy-MM-dd}).");
                }
                else if (period.Last.DayNumber - period.First.DayNumber > 100)
                {
                    errors.Add($"{key} is {period.Last.DayNumber - period.First.DayNumber + 1} days long; no school holiday lasts more than 100.");
                }
            }
        }

        return errors;
    }

    /// <summary>The holidays of one municipality; call after <see cref="Validate"/> returned no errors.</summary>
    public SchoolHolidays For(string municipality) =>
        Municipalities.TryGetValue(municipality, out var periods)
            ? new SchoolHolidays(municipality, periods.Select(p => new SchoolHoliday(p.Kind, p.First, p.Last)))
            : new SchoolHolidays(municipality, []);
}
