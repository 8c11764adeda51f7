namespace SkoleUtvikling.Scheduling.Calendar;

/// <summary>One municipality's school holidays (they differ between municipalities and years, so they are configured).</summary>
public sealed class SchoolHolidays
{
    private readonly SchoolHoliday[] periods;

    public SchoolHolidays(string municipality, IEnumerable<SchoolHoliday> periods)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(municipality);
        ArgumentNullException.ThrowIfNull(periods);
        Municipality = municipality;
        this.periods = [.. periods.OrderBy(p => p.First)];
    }

    /// <summary>No school holidays: weekends and public holidays still apply.</summary>
    public static SchoolHolidays None { get; } = new("(ingen)", []);

    public string Municipality { get; }

    public IReadOnlyList<SchoolHoliday> Periods => periods;

    /// <summary>The holiday covering this date, or null.</summary>
    public SchoolHoliday? On(DateOnly date)
    {
        foreach (var period in periods)
        {
            if (period.Contains(date))
            {
                return period;
            }
        }

        return null;
    }

    public bool Contains(DateOnly date) => On(date) is not null;
}
