using System.Globalization;
using Quartz;

namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>
/// How a <see cref="ScheduledPost"/> lives in Quartz: one durable job and one marker trigger, both
/// keyed by the post key in the scope's group, so a re-import finds and updates the same rows. The
/// scope's trigger group is paused, so a marker never fires by itself: it only says "still to go".
/// Each instant the scope has posts due at gets one due job with one one-shot trigger
/// (<see cref="FireDuePostsJob"/>), keyed by the instant in the scope's due group; it fires the
/// instant's posts together and removes their markers.
/// </summary>
internal static class PostJobMapping
{
    /// <summary>Quartz's name and group columns are VARCHAR(200) on PostgreSQL.</summary>
    public const int MaxKeyLength = 200;

    /// <summary>Keeps post groups apart from any other job the app may schedule in the same store.</summary>
    public const string GroupPrefix = "post:";

    /// <summary>The group of a scope's due jobs and triggers, one per instant that has posts due.</summary>
    public const string DueGroupPrefix = "due:";

    public const string FireAtKey = "fireAtUtcMs";

    /// <summary>
    /// A failed dispatch (database down, say) is retried: 15 s, doubling, at most 10 min apart, ±20 %
    /// so a backlog does not come back in lockstep. 200 attempts cover more than a day; once the grace
    /// period is over a retry reports the post as missed instead of posting it.
    /// </summary>
    public static readonly RetryPolicy DispatchRetry =
        RetryPolicy.Exponential(200, TimeSpan.FromSeconds(15), 2, TimeSpan.FromMinutes(10), 0.2);

    public static string Group(string scope) => GroupPrefix + scope;

    public static string DueGroup(string scope) => DueGroupPrefix + scope;

    /// <summary>The scope of a due job (<see cref="DueJobKey"/>).</summary>
    public static string ScopeOfDueJob(JobKey key) =>
        key.Group.StartsWith(DueGroupPrefix, StringComparison.Ordinal)
            ? key.Group[DueGroupPrefix.Length..]
            : throw new InvalidOperationException($"Quartz job {key} is not a due job; it was not scheduled by {nameof(QuartzPostScheduler)}.");

    public static JobKey DueJobKey(string scope, DateTimeOffset fireAtUtc) => new(InstantName(fireAtUtc), DueGroup(scope));

    public static TriggerKey DueTriggerKey(string scope, DateTimeOffset fireAtUtc) => new(InstantName(fireAtUtc), DueGroup(scope));

    /// <summary>The instant a due trigger stands for, from its name; null for a name this class did not write.</summary>
    public static DateTimeOffset? InstantOf(TriggerKey key) =>
        long.TryParse(key.Name, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    public static JobKey JobKey(string scope, string postKey) => new(postKey, Group(scope));

    public static TriggerKey TriggerKey(string scope, string postKey) => new(postKey, Group(scope));

    public static void ValidateScope(string scope)
    {
        if (string.IsNullOrWhiteSpace(scope) || Group(scope).Length > MaxKeyLength)
        {
            throw new ArgumentException($"A scope must be 1–{MaxKeyLength - GroupPrefix.Length} characters (was '{scope}').", nameof(scope));
        }
    }

    public static void ValidatePostKey(string postKey)
    {
        if (string.IsNullOrWhiteSpace(postKey) || postKey.Length > MaxKeyLength)
        {
            throw new ArgumentException($"A post key must be 1–{MaxKeyLength} characters (was '{postKey}').", nameof(postKey));
        }
    }

    public static IJobDetail BuildJob(string scope, ScheduledPost post) =>
        JobBuilder.Create<FirePlannedPostJob>()
            .WithIdentity(JobKey(scope, post.PostKey))
            // Kept after it fired: the record that this post has gone, so a re-import does not fire it again.
            .StoreDurably()
            // A node that dies mid-firing has the firing re-run (by a peer, or by itself on restart);
            // the dispatcher's outbox dedupe turns a second run into nothing.
            .RequestRecovery()
            .UsingJobData(FireAtKey, post.FireAtUtc.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))
            .Build();

    /// <summary>
    /// The post's marker: in the scope's paused group it never fires; its start time is the post's
    /// instant, and <see cref="FireDuePostsJob"/> removes it once the post is queued.
    /// </summary>
    public static ITrigger BuildMarker(string scope, ScheduledPost post, TimeProvider time) =>
        TriggerBuilder.Create(time)
            .WithIdentity(TriggerKey(scope, post.PostKey))
            .ForJob(JobKey(scope, post.PostKey))
            .StartAt(post.FireAtUtc)
            .WithSchedule(SimpleScheduleBuilder.Create().WithRepeatCount(0).WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

    /// <summary>Fires the scope's posts due at <paramref name="fireAtUtc"/>; dropped by Quartz once its trigger is done.</summary>
    public static IJobDetail BuildDueJob(string scope, DateTimeOffset fireAtUtc) =>
        JobBuilder.Create<FireDuePostsJob>()
            .WithIdentity(DueJobKey(scope, fireAtUtc))
            // A node that dies mid-batch has the batch re-run; it finds only the markers still there.
            .RequestRecovery()
            .UsingJobData(FireAtKey, fireAtUtc.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture))
            .Build();

    public static ITrigger BuildDueTrigger(string scope, DateTimeOffset fireAtUtc, TimeProvider time) =>
        TriggerBuilder.Create(time)
            .WithIdentity(DueTriggerKey(scope, fireAtUtc))
            .ForJob(DueJobKey(scope, fireAtUtc))
            .StartAt(fireAtUtc)
            // Whatever Quartz thinks of a late firing, fire it: the job itself decides late or missed
            // against the grace period, so a missed post is reported rather than dropped by Quartz.
            .WithSchedule(SimpleScheduleBuilder.Create().WithRepeatCount(0).WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .WithRetryPolicy(DispatchRetry)
            .Build();

    private static string InstantName(DateTimeOffset fireAtUtc) => fireAtUtc.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>The planned time, from the job (a trigger's own times move on misfire and retry).</summary>
    public static DateTimeOffset ReadFireAt(IJobDetail job)
    {
        if (job.JobDataMap.TryGetValue(FireAtKey, out var value)
            && long.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }

        throw new InvalidOperationException($"Quartz job {job.Key} has no {FireAtKey}; it was not scheduled by {nameof(QuartzPostScheduler)}.");
    }
}
