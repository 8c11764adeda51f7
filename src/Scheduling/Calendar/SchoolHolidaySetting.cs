namespace SkoleUtvikling.Scheduling.Calendar;

/// <summary>One configured period, as bound from configuration ("Kind": "AutumnBreak", "First": "2020-10-05", "Last": "2020-10-09").</summary>
public sealed class SchoolHolidaySetting
{
    public SchoolHolidayKind Kind { get; set; }

    public DateOnly First { get; set; }

    public DateOnly Last { get; set; }
}
