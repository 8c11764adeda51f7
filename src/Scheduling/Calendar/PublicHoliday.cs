namespace SkoleUtvikling.Scheduling.Calendar;

/// <summary>A Norwegian public holiday (helligdag or høytidsdag) with its bokmål name.</summary>
public sealed record PublicHoliday(DateOnly Date, string Name);
