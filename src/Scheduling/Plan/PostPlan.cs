namespace SkoleUtvikling.Scheduling.Plan;

/// <summary>The posts to schedule (ordered by fire time) and the ones left out, with why.</summary>
public sealed record PostPlan(IReadOnlyList<PlannedPost> Posts, IReadOnlyList<SkippedPost> Skipped);
