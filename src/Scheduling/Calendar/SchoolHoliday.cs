namespace SkoleUtvikling.Scheduling.Calendar;

/// <summary>One configured school holiday, both dates included.</summary>
public sealed record SchoolHoliday
{
    public SchoolHoliday(SchoolHolidayKind kind, DateOnly first, DateOnly last)
    {
        if (last < first)
        {
            throw new ArgumentException($"A school holiday cannot end ({last:yyyy-MM-dd}) before it starts ({first:yyyy-MM-dd}).", nameof(last));
        }

        Kind = kind;
        First = first;
        Last = last;
    }

    public SchoolHolidayKind Kind { get; }

    public DateOnly First { get; }

    public DateOnly Last { get; }

    public bool Contains(DateOnly date) => date >= First && date <= Last;
}
