namespace SkoleUtvikling.Scheduling.Calendar;

/// <summary>Europe/Oslo, the time zone every person sees. Storage stays UTC.</summary>
public static class OsloTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static DateTimeOffset ToOslo(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    /// <summary>Turns a wall-clock time in Oslo into an instant. In the spring gap the clock moves forward.</summary>
    public static DateTimeOffset FromOslo(DateTime wallClock)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    /// <summary>"24.11.2026 kl. 09.15": how Norwegians write a time.</summary>
    public static string Format(DateTimeOffset utc)
    {
        var local = ToOslo(utc);
        return $"{local:dd.MM.yyyy} kl. {local:HH}.{local:mm}";
    }
}
