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
    IReadOnlyList<string> TooLate,
    IReadOnlySet<DateTimeOffset> PendingInstants)
{
    /// <summary>
    /// The instants whose due trigger the sync writes, given those the scheduler holds: each instant a
    /// post is added or moved to (rewritten even if held, so an instant whose batch is running right
    /// now runs again for the newcomer), and each pending instant without one.
    /// </summary>
    public IReadOnlyList<DateTimeOffset> DueTriggersToWrite(IReadOnlySet<DateTimeOffset> held) =>
        [.. ToAdd.Concat(ToReschedule).Select(post => post.FireAtUtc).Concat(PendingInstants.Where(instant => !held.Contains(instant))).Distinct().Order()];

    /// <summary>Held due triggers for instants no post is pending at any more.</summary>
    public IReadOnlyList<DateTimeOffset> DueTriggersToRemove(IReadOnlySet<DateTimeOffset> held) =>
        [.. held.Where(instant => !PendingInstants.Contains(instant)).Order()];

    public static PostSyncPlan Compute(IEnumerable<StoredPost> stored, IEnumerable<ScheduledPost> desired, DateTimeOffset nowUtc, FiringWindow window)
    {
        var held = stored.ToDictionary(p => p.PostKey, StringComparer.Ordinal);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var add = new List<ScheduledPost>();
        var reschedule = new List<ScheduledPost>();
        var tooLate = new List<string>();
        var unchanged = 0;
        var pendingInstants = new HashSet<DateTimeOffset>();

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
                    pendingInstants.Add(post.FireAtUtc);
                }
            }
            else if (current.Pending && current.FireAtUtc != post.FireAtUtc)
            {
                reschedule.Add(post);
                pendingInstants.Add(post.FireAtUtc);
            }
            else
            {
                if (current.Pending)
                {
                    pendingInstants.Add(current.FireAtUtc);
                }

                // Same time, or already fired: a fired post stays fired (the outbox would refuse it again anyway).
                unchanged++;
            }
        }

        var remove = held.Keys.Where(key => !wanted.Contains(key)).Order(StringComparer.Ordinal).ToList();
        return new PostSyncPlan(add, reschedule, remove, unchanged, tooLate, pendingInstants);
    }

    /// <summary>The store keeps whole milliseconds; comparing at that precision keeps a second sync a no-op.</summary>
    public static ScheduledPost Normalize(ScheduledPost post) =>
        post with { FireAtUtc = DateTimeOffset.FromUnixTimeMilliseconds(post.FireAtUtc.ToUnixTimeMilliseconds()) };
}
