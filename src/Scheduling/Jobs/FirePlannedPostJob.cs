using Quartz;

namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>
/// The job type of a post's own durable job, the record that the post is planned (and, once its
/// marker is gone, that it went). Its marker sits in a paused group and never fires it; posts fire
/// together through <see cref="FireDuePostsJob"/>. It still fires its one post if a trigger of a
/// store written before due jobs existed fires it before the first sync pauses that group.
/// </summary>
/// <remarks>
/// Exactly-once posting is the dispatcher's outbox dedupe, not this job: the job requests recovery, so
/// a firing cut off by a crash is re-run and may dispatch a second time.
/// </remarks>
public sealed class FirePlannedPostJob(PostFiring firing) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await firing.FireAsync(context.JobDetail.Key.Name, PostJobMapping.ReadFireAt(context.JobDetail), context.RetryAttempt, context.Recovering, cancellationToken);
}
