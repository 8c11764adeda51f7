namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>
/// What a fired post turns into; implemented by the Bot. The only way a Quartz job reaches the Bot.
/// </summary>
/// <remarks>
/// <para>
/// Must be idempotent on <c>postKey</c>: the Bot writes the post into its durable outbox with the post
/// key as dedupe key. Quartz can run a firing twice: a node that crashes after dispatching but before
/// Quartz records the firing as complete has its firing re-run by recovery (the job requests
/// recovery), on this node after a restart or on another node of the cluster. The second call must
/// then find the outbox row and do nothing, so the post goes out once.
/// </para>
/// <para>
/// Throwing means "not dispatched": the firing is retried with backoff (see
/// <see cref="FireDuePostsJob"/>) until it succeeds or the grace period is over, when the post is
/// reported as missed instead.
/// </para>
/// </remarks>
public interface IPostDispatcher
{
    /// <param name="postKey">The <see cref="ScheduledPost.PostKey"/>.</param>
    /// <param name="scheduledFireUtc">When the plan wanted it posted.</param>
    /// <param name="late">True when this is a catch-up: it fires more than the on-time tolerance after its time (the bot was down or busy), but within the grace period.</param>
    Task DispatchAsync(string postKey, DateTimeOffset scheduledFireUtc, bool late, CancellationToken cancellationToken);
}
