namespace SkoleUtvikling.Scheduling.Calendar;

/// <summary>The school holidays a municipality sets each year (høstferie, juleferie, vinterferie, påskeferie, sommerferie).</summary>
public enum SchoolHolidayKind
{
    AutumnBreak,
    ChristmasBreak,
    WinterBreak,
    EasterBreak,
    SummerBreak,

    /// <summary>Any other day off set by the municipality, e.g. an extra free day.</summary>
    Other,
}
