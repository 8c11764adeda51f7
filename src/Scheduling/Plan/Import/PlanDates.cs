namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// What the week and date cells of a row say: the dates, the weeks as written, and any other text in the date
/// cell. <see cref="WeeksOnly"/> when the dates come from week numbers alone (Monday of the first week to
/// Friday of the last).
/// </summary>
internal sealed record PlanDates(DateOnly First, DateOnly Last, WeekRange? Weeks, string? Note, bool WeeksOnly = false);
