namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>
/// One post the plan says must go out at <see cref="FireAtUtc"/>. <see cref="PostKey"/> is
/// <c>"{eventKey}:{postKind}"</c>: stable across re-imports, opaque to the scheduler, and the dedupe
/// key of the outbox row the dispatcher writes.
/// </summary>
public sealed record ScheduledPost(string PostKey, DateTimeOffset FireAtUtc);
