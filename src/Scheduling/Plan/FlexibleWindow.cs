namespace SkoleUtvikling.Scheduling.Plan;

/// <summary>
/// "Hver enkelt nettverksgruppe kan avtale møtetid innenfor et tidsrom på 5 dager før eller etter 1. oktober":
/// each group books its own meeting inside the window instead of meeting on the anchor date.
/// </summary>
public sealed record FlexibleWindow(DateOnly Anchor, int DaysBefore, int DaysAfter, TimeSpan? MeetingLength, string? ReportTo)
{
    public DateOnly First => Anchor.AddDays(-DaysBefore);

    public DateOnly Last => Anchor.AddDays(DaysAfter);

    public bool Contains(DateOnly date) => date >= First && date <= Last;
}
