using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Tests.Unit.Collection;

/// <summary>
/// <see cref="ReminderPolicy.Chasing"/>: automatic chasing as part of a round's policy (the working day
/// after the deadline and three working days later), then the leaders hear who is still missing.
/// </summary>
public sealed class ReminderPolicyChasingTests
{
    private static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Chases_come_on_the_first_and_fourth_working_day_after_the_deadline_and_the_leaders_hear_after_the_last()
    {
        // Thursday 26 November 14.00 Oslo; late answers until Friday 4 December.
        var round = new RoundBuilder().DeadlineAt(ReminderCalendar.At(new DateOnly(2026, 11, 26), new TimeOnly(14, 0)))
            .AcceptingLateUntil(ReminderCalendar.At(new DateOnly(2026, 12, 4), new TimeOnly(23, 0))).Build();

        var schedule = ReminderPolicy.Chasing.Schedule(round, ReminderCalendar.Default);

        Assert.Equal(
        [
            new ScheduledReminder(Utc(11, 24, 7), ReminderKind.Remind),
            new ScheduledReminder(Utc(11, 26, 7), ReminderKind.Remind),
            new ScheduledReminder(Utc(11, 27, 7), ReminderKind.Chase),     // Friday, the working day after
            new ScheduledReminder(Utc(12, 2, 7), ReminderKind.Chase),      // Wednesday: Mon, Tue, Wed are three working days later
            new ScheduledReminder(Utc(12, 2, 13), ReminderKind.Escalate),  // 14.00 the same day
        ], schedule);
    }

    [Fact]
    public void A_round_locked_at_the_deadline_is_not_chased_and_the_leaders_hear_just_after_the_deadline()
    {
        var deadline = ReminderCalendar.At(new DateOnly(2026, 11, 26), new TimeOnly(14, 0));
        var round = new RoundBuilder().DeadlineAt(deadline).Build();

        var schedule = ReminderPolicy.Chasing.Schedule(round, ReminderCalendar.Default);

        Assert.DoesNotContain(schedule, r => r.Kind == ReminderKind.Chase);
        var escalation = Assert.Single(schedule, r => r.Kind == ReminderKind.Escalate);
        Assert.True(escalation.At > deadline && escalation.At <= deadline.AddMinutes(1), $"escalation at {escalation.At:O}");
    }

    [Fact]
    public void The_chasing_policy_is_stored_and_read_back_with_its_working_days_and_escalation_after_chases()
    {
        var json = CollectionJson.Serialize(ReminderPolicy.Chasing);
        var back = CollectionJson.DeserializePolicy(json);

        Assert.NotNull(json);
        Assert.True(back.ChaseInWorkingDays);
        Assert.True(back.EscalateAfterChases);
        Assert.Equal([1, 4], back.ChaseAfter.Select(c => c.Days));
        var round = new RoundBuilder().DeadlineAt(ReminderCalendar.At(new DateOnly(2026, 11, 26), new TimeOnly(14, 0)))
            .AcceptingLateUntil(ReminderCalendar.At(new DateOnly(2026, 12, 4), new TimeOnly(23, 0))).Build();
        Assert.Equal(ReminderPolicy.Chasing.Schedule(round, ReminderCalendar.Default), back.Schedule(round, ReminderCalendar.Default));
        Assert.False(CollectionJson.DeserializePolicy(CollectionJson.Serialize(ReminderPolicy.Default)).ChaseInWorkingDays);
    }
}
