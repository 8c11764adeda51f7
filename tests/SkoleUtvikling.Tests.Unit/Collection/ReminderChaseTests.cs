using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Tests.Unit.Collection;

/// <summary>Chases after the deadline (a finite list, only while late answers are accepted) and their keys.</summary>
public class ReminderChaseTests
{
    private static readonly TimeOnly Eight = new(8, 0);

    private static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    private static readonly ReminderPolicy ChaseTwice = new([new ReminderOffset(0, Eight)], new ReminderOffset(4, Eight))
    {
        ChaseAfter = [new ReminderOffset(1, Eight), new ReminderOffset(3, Eight)],
    };

    [Fact]
    public void Chases_fall_on_working_days_after_the_deadline_and_the_escalation_comes_once_at_the_end()
    {
        // Thursday 26 November; late answers until Friday 4 December.
        var round = new RoundBuilder().DeadlineAt(ReminderCalendar.At(new DateOnly(2026, 11, 26), new TimeOnly(14, 0)))
            .AcceptingLateUntil(ReminderCalendar.At(new DateOnly(2026, 12, 4), new TimeOnly(23, 0))).Build();

        var schedule = ChaseTwice.Schedule(round, ReminderCalendar.Default);

        Assert.Equal(
        [
            new ScheduledReminder(Utc(11, 26, 7), ReminderKind.Remind),
            new ScheduledReminder(Utc(11, 27, 7), ReminderKind.Chase),   // Friday
            new ScheduledReminder(Utc(11, 30, 7), ReminderKind.Chase),   // Sunday 29th moves to Monday
            new ScheduledReminder(Utc(11, 30, 7), ReminderKind.Escalate),
        ], schedule);
    }

    [Fact]
    public void A_round_locked_at_the_deadline_is_not_chased_nobody_could_answer()
    {
        var round = new RoundBuilder().DeadlineAt(ReminderCalendar.At(new DateOnly(2026, 11, 26), new TimeOnly(14, 0))).Build();

        Assert.DoesNotContain(ChaseTwice.Schedule(round, ReminderCalendar.Default), r => r.Kind == ReminderKind.Chase);
    }

    [Fact]
    public void A_chase_key_reads_back_as_a_chase_and_differs_from_a_reminder_at_the_same_moment()
    {
        var at = Utc(11, 27, 7);
        var chase = RoundReminderKeys.For("t", "r-1", new ScheduledReminder(at, ReminderKind.Chase));
        var remind = RoundReminderKeys.For("t", "r-1", new ScheduledReminder(at, ReminderKind.Remind));

        Assert.True(RoundReminderKeys.TryParse(chase, out var tenant, out var round, out var kind));
        Assert.Equal(("t", "r-1", ReminderKind.Chase), (tenant, round, kind));
        Assert.NotEqual(chase, remind);
    }
}
