using SkoleUtvikling.Scheduling.Plan;
using SkoleUtvikling.Scheduling.Plan.Import;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import;

/// <summary>Compact views of imported events, so a table of expected values reads like the plan.</summary>
internal static class PlanImportAssertions
{
    public static PlanImportResult Accepted(PlanImportResult result)
    {
        Assert.False(result.IsRejected, "Rejected: " + string.Join("; ", result.Errors));
        return result;
    }

    public static string Dates(PlanEvent e) =>
        e.FirstDate == e.LastDate ? $"{e.FirstDate:yyyy-MM-dd}" : $"{e.FirstDate:yyyy-MM-dd}..{e.LastDate:yyyy-MM-dd}";

    public static string? Time(PlanEvent e) =>
        e.StartTime is { } start ? $"{start:HH\\.mm}-{e.EndTime:HH\\.mm}" : null;

    public static string Participants(PlanEvent e) => string.Join(" | ", e.Participants);
}
