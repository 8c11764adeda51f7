namespace SkoleUtvikling.Scheduling.Jobs;

/// <summary>
/// The difference between what the scheduler holds for a scope and what the plan wants. Pure, so the
/// idempotency rules are tested without Quartz: same input, empty plan.
/// </summary>
internal sealed record PostSyncPlan(
    IReadOnlyList<ScheduledPost> ToAdd,
    IReadOnlyList<ScheduledPost> ToReschedule,
    IReadOnlyList<string> ToRemove,
    int Unchanged,
    IReadOnlyList<string> TooLate)
{
    public static PostSyncPlan Compute(IEnumerable<StoredPost> stored, IEnumerable<ScheduledPost> desired, DateTimeOffset nowUtc, FiringWindow window)
    {
        var held = stored.ToDictionary(p => p.PostKey, StringComparer.Ordinal);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var add = new List<ScheduledPost>();
        var reschedule = new List<ScheduledPost>();
        var tooLate = new List<string>();
        var unchanged = 0;

        foreach (var post in desired.Select(Normalize))
        {
            if (!wanted.Add(post.PostKey))
            {
                throw new ArgumentException($"Post key '{post.PostKey}' appears twice in one sync.", nameof(desired));
            }

            if (!held.TryGetValue(post.PostKey, out var current))
            {
                if (window.IsTooLateToSchedule(post.FireAtUtc, nowUtc))
                {
                    tooLate.Add(post.PostKey);
                }
                else
                {
                    add.Add(post);
                }
            }
            else if (current.Pending && current.FireAtUtc != post.FireAtUtc)
            {
                reschedule.Add(post);
            }
            else
            {
                // Same time, or already fired: a fired post stays fired (the outbox would refuse it again anyway).
                unchanged++;
            }
        }

        var remove = held.Keys.Where(key => !wanted.Contains(key)).Order(StringComparer.Ordinal).ToList();
        return new PostSyncPlan(add, reschedule, remove, unchanged, tooLate);
    }

    /// <summary>The store keeps whole milliseconds; comparing at that precision keeps a second sync a no-op.</summary>
    public static ScheduledPost Normalize(ScheduledPost post) =>
        post with { FireAtUtc = DateTimeOffset.FromUnixTimeMilliseconds(post.FireAtUtc.ToUnixTimeMilliseconds()) };
}
