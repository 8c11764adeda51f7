using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan;

/// <summary>Plan events for planner tests, shaped like rows of seed 002.</summary>
internal static class PlanEventBuilder
{
    public static PlanEvent Meeting(
        Programme programme, DateOnly date, TimeOnly? start = null, string title = "Møte", string? lesebestilling = "Les kapittel 2.") =>
        new()
        {
            Key = PlanEventKey.For(programme, date, title),
            Programme = programme,
            Title = title,
            FirstDate = date,
            LastDate = date,
            StartTime = start ?? new TimeOnly(9, 0),
            EndTime = (start ?? new TimeOnly(9, 0)).AddHours(2),
            Lesebestilling = lesebestilling is null ? null : new Lesebestilling(lesebestilling, []),
        };

    public static PlanEvent ProjectMeeting(DateOnly date, TimeOnly start) =>
        Meeting(Programme.Prosjektmote, date, start, "Møte i regional prosjektgruppe LP", lesebestilling: null) with
        {
            Agenda = new AgendaRule(AgendaRule.DefaultSakerDaysBefore, AgendaRule.DefaultSakslisteDaysBefore, "rådgiver Arne Kvendseth", null),
        };
}
