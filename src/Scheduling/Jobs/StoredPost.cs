namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>A post as the scheduler holds it: its planned time, and whether its trigger is still waiting to fire.</summary>
internal sealed record StoredPost(string PostKey, DateTimeOffset FireAtUtc, bool Pending);
