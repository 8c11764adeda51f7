namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>
/// Keeps Quartz holding exactly the posts a plan wants (design decision 5: Quartz only triggers,
/// the plan decides what and when).
/// </summary>
public interface IPostScheduler
{
    /// <summary>
    /// Makes the scheduler hold exactly <paramref name="desired"/> for <paramref name="scope"/> (e.g. a
    /// plan id): new posts are scheduled, posts whose time changed are rescheduled, posts no longer
    /// wanted are unscheduled and everything else is left alone. Idempotent: a second call with the
    /// same input changes nothing. A post that has already fired stays fired whatever its new time
    /// (the outbox would refuse a second post with its key anyway).
    /// </summary>
    /// <exception cref="ArgumentException">A key or the scope is empty or too long, or a key appears twice.</exception>
    Task<PostSyncResult> SyncAsync(string scope, IReadOnlyCollection<ScheduledPost> desired, CancellationToken cancellationToken);
}
