namespace SkoleUtvikling.Scheduling.Calendar;

/// <summary>
/// The part of the day (Europe/Oslo) when the bot posts nothing. Start is inclusive, End exclusive;
/// a window with Start after End wraps midnight (21.00–07.00). Start equal to End means no quiet hours.
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    /// <summary>21.00–07.00: nobody is posted to in the evening or at night.</summary>
    public static QuietHours Default { get; } = new(new TimeOnly(21, 0), new TimeOnly(7, 0));

    public static QuietHours None { get; } = new(TimeOnly.MinValue, TimeOnly.MinValue);

    public bool Contains(TimeOnly time)
    {
        if (Start == End)
        {
            return false;
        }

        return Start < End
            ? time >= Start && time < End
            : time >= Start || time < End;
    }

    /// <summary>The instant itself when it is outside quiet hours, else the end of this quiet period.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset instant)
    {
        var local = OsloTime.ToOslo(instant);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (!Contains(time))
        {
            return instant;
        }

        var date = DateOnly.FromDateTime(local.DateTime);
        var wrapsAndIsEvening = Start > End && time >= Start;
        var endDate = wrapsAndIsEvening ? date.AddDays(1) : date;
        return OsloTime.FromOslo(endDate.ToDateTime(End)).ToUniversalTime();
    }
}
