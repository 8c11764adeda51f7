namespace SkoleUtvikling.Scheduling.Plan;

/// <summary>A post the planner decided not to make, with the time it would have had; reported, never silently dropped.</summary>
public sealed record SkippedPost(string EventKey, PostKind Kind, DateTimeOffset PlannedFor, SkipReason Reason);
