using SkoleUtvikling.Scheduling.Jobs;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Jobs;

public sealed class PostSyncPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 6, 0, 0, TimeSpan.Zero);
    private static readonly FiringWindow Window = new(TimeSpan.FromMinutes(1), TimeSpan.FromHours(2));

    [Fact]
    public void An_empty_store_gets_every_post_added()
    {
        var plan = PostSyncPlan.Compute([], [Post("a", 10), Post("b", 20)], Now, Window);

        Assert.Equal(["a", "b"], plan.ToAdd.Select(p => p.PostKey));
        Assert.Empty(plan.ToReschedule);
        Assert.Empty(plan.ToRemove);
    }

    [Fact]
    public void The_same_posts_again_give_an_empty_plan()
    {
        var plan = PostSyncPlan.Compute([Pending("a", 10), Fired("b", -30)], [Post("a", 10), Post("b", -30)], Now, Window);

        Assert.Equal(2, plan.Unchanged);
        Assert.Empty(plan.ToAdd);
        Assert.Empty(plan.ToReschedule);
        Assert.Empty(plan.ToRemove);
        Assert.Empty(plan.TooLate);
    }

    [Fact]
    public void A_pending_post_with_a_new_time_is_rescheduled()
    {
        var plan = PostSyncPlan.Compute([Pending("a", 10)], [Post("a", 25)], Now, Window);

        Assert.Equal([Post("a", 25)], plan.ToReschedule);
    }

    [Fact]
    public void A_fired_post_with_a_new_time_is_left_alone()
    {
        var plan = PostSyncPlan.Compute([Fired("a", -10)], [Post("a", 25)], Now, Window);

        Assert.Empty(plan.ToReschedule);
        Assert.Equal(1, plan.Unchanged);
    }

    [Fact]
    public void Posts_no_longer_wanted_are_removed_pending_or_fired()
    {
        var plan = PostSyncPlan.Compute([Pending("a", 10), Fired("b", -10), Pending("c", 30)], [Post("c", 30)], Now, Window);

        Assert.Equal(["a", "b"], plan.ToRemove);
    }

    [Fact]
    public void A_new_post_past_the_grace_period_is_too_late_and_not_added()
    {
        var plan = PostSyncPlan.Compute([], [Post("old", -121), Post("recent", -119)], Now, Window);

        Assert.Equal(["old"], plan.TooLate);
        Assert.Equal(["recent"], plan.ToAdd.Select(p => p.PostKey));
    }

    [Fact]
    public void Times_are_compared_at_the_stores_millisecond_precision()
    {
        var withTicks = new ScheduledPost("a", Now.AddMinutes(10).AddTicks(1234));

        var plan = PostSyncPlan.Compute([Pending("a", 10)], [withTicks], Now, Window);

        Assert.Empty(plan.ToReschedule);
    }

    [Fact]
    public void A_key_given_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => PostSyncPlan.Compute([], [Post("a", 10), Post("a", 20)], Now, Window));

    [Fact]
    public void Posts_due_at_the_same_instant_share_one_due_trigger()
    {
        var plan = PostSyncPlan.Compute([], [Post("a", 10), Post("b", 10), Post("c", 10), Post("d", 20)], Now, Window);

        Assert.Equal([Now.AddMinutes(10), Now.AddMinutes(20)], plan.DueTriggersToWrite(new HashSet<DateTimeOffset>()));
    }

    [Fact]
    public void The_same_posts_again_write_and_remove_no_due_trigger()
    {
        var held = new HashSet<DateTimeOffset> { Now.AddMinutes(10) };

        var plan = PostSyncPlan.Compute([Pending("a", 10), Pending("b", 10), Fired("c", -30)], [Post("a", 10), Post("b", 10), Post("c", -30)], Now, Window);

        Assert.Empty(plan.DueTriggersToWrite(held));
        Assert.Empty(plan.DueTriggersToRemove(held));
    }

    [Fact]
    public void A_post_added_to_a_held_instant_rewrites_its_due_trigger_so_a_running_batch_runs_again()
    {
        var held = new HashSet<DateTimeOffset> { Now.AddMinutes(10) };

        var plan = PostSyncPlan.Compute([Pending("a", 10)], [Post("a", 10), Post("b", 10)], Now, Window);

        Assert.Equal([Now.AddMinutes(10)], plan.DueTriggersToWrite(held));
    }

    [Fact]
    public void An_instant_left_without_pending_posts_loses_its_due_trigger()
    {
        var held = new HashSet<DateTimeOffset> { Now.AddMinutes(10), Now.AddMinutes(20) };

        var plan = PostSyncPlan.Compute([Pending("a", 10), Pending("b", 20)], [Post("a", 30), Post("b", 20)], Now, Window);

        Assert.Equal([Now.AddMinutes(30)], plan.DueTriggersToWrite(held));
        Assert.Equal([Now.AddMinutes(10)], plan.DueTriggersToRemove(held));
    }

    [Fact]
    public void A_pending_post_whose_instant_has_no_due_trigger_gets_one()
    {
        var plan = PostSyncPlan.Compute([Pending("a", 10), Fired("b", -10)], [Post("a", 10), Post("b", -10)], Now, Window);

        Assert.Equal([Now.AddMinutes(10)], plan.DueTriggersToWrite(new HashSet<DateTimeOffset>()));
    }

    private static ScheduledPost Post(string key, int minutesFromNow) => new(key, Now.AddMinutes(minutesFromNow));

    private static StoredPost Pending(string key, int minutesFromNow) => new(key, Now.AddMinutes(minutesFromNow), Pending: true);

    private static StoredPost Fired(string key, int minutesFromNow) => new(key, Now.AddMinutes(minutesFromNow), Pending: false);
}
