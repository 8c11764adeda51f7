namespace SkoleUtvikling.Bot.Collection;

/// <summary>A point relative to a deadline's date in Oslo: a number of days and a wall-clock time.</summary>
public sealed record ReminderOffset
{
    public ReminderOffset(int days, TimeOnly at)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        Days = days;
        At = at;
    }

    public int Days { get; }

    public TimeOnly At { get; }
}
