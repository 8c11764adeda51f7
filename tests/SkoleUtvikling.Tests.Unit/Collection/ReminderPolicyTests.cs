using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Tests.Unit.Collection;

public class ReminderPolicyTests
{
    private static readonly TimeOnly Eight = new(8, 0);

    private static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    private static Round RoundDue(DateOnly date, TimeOnly time) =>
        new RoundBuilder().OpensAt(ReminderCalendar.At(date.AddDays(-14), Eight)).DeadlineAt(ReminderCalendar.At(date, time)).Build();

    [Fact]
    public void The_default_reminds_two_days_before_and_on_the_day_and_escalates_the_working_day_after()
    {
        var round = RoundDue(new DateOnly(2026, 11, 26), new TimeOnly(14, 0)); // Thursday

        var schedule = ReminderPolicy.Default.Schedule(round, ReminderCalendar.Default);

        Assert.Equal(
        [
            new ScheduledReminder(Utc(11, 24, 7), ReminderKind.Remind),
            new ScheduledReminder(Utc(11, 26, 7), ReminderKind.Remind),
            new ScheduledReminder(Utc(11, 27, 7), ReminderKind.Escalate),
        ], schedule);
    }

    [Fact]
    public void Across_the_end_of_summer_time_each_reminder_keeps_08_00_Oslo()
    {
        // Deadline Monday 26 October 2026; clocks went back on Sunday the 25th.
        var round = RoundDue(new DateOnly(2026, 10, 26), new TimeOnly(14, 0));

        var schedule = ReminderPolicy.Default.Schedule(round, ReminderCalendar.Default);

        // Two days before is Saturday: back to Friday the 23rd at 08.00 CEST (06.00 UTC); on the day 08.00 CET (07.00 UTC).
        Assert.Equal([Utc(10, 23, 6), Utc(10, 26, 7), Utc(10, 27, 7)], schedule.Select(s => s.At));
    }

    [Fact]
    public void Across_the_start_of_summer_time_each_reminder_keeps_08_00_Oslo()
    {
        // Deadline Monday 30 March 2026; clocks went forward on Sunday the 29th.
        var round = RoundDue(new DateOnly(2026, 3, 30), new TimeOnly(12, 0));

        var schedule = ReminderPolicy.Default.Schedule(round, ReminderCalendar.Default);

        Assert.Equal([Utc(3, 27, 7), Utc(3, 30, 6), Utc(3, 31, 6)], schedule.Select(s => s.At));
    }

    [Fact]
    public void A_reminder_in_quiet_hours_moves_to_the_end_of_them()
    {
        var round = RoundDue(new DateOnly(2026, 11, 26), new TimeOnly(14, 0));
        var policy = new ReminderPolicy([new ReminderOffset(0, new TimeOnly(6, 0))], null);

        var reminder = Assert.Single(policy.Schedule(round, ReminderCalendar.Default));

        Assert.Equal(Utc(11, 26, 6), reminder.At); // 07.00 Oslo, when the default quiet hours end
    }

    [Fact]
    public void A_reminder_at_or_after_the_deadline_or_before_the_round_opens_is_dropped()
    {
        var deadline = new DateOnly(2026, 11, 26);
        var round = new RoundBuilder()
            .OpensAt(ReminderCalendar.At(deadline.AddDays(-1), new TimeOnly(12, 0)))
            .DeadlineAt(ReminderCalendar.At(deadline, Eight))
            .Build();
        var policy = new ReminderPolicy([new ReminderOffset(2, Eight), new ReminderOffset(0, Eight), new ReminderOffset(1, new TimeOnly(15, 0))], null);

        var reminder = Assert.Single(policy.Schedule(round, ReminderCalendar.Default));

        Assert.Equal(Utc(11, 25, 14), reminder.At);
    }

    [Fact]
    public void An_escalation_after_a_Friday_deadline_comes_on_Monday()
    {
        var round = RoundDue(new DateOnly(2026, 11, 27), new TimeOnly(14, 0));

        var escalation = ReminderPolicy.Default.Schedule(round, ReminderCalendar.Default).Single(s => s.Kind == ReminderKind.Escalate);

        Assert.Equal(Utc(11, 30, 7), escalation.At);
    }

    [Fact]
    public void An_escalation_set_for_the_deadlines_own_morning_comes_just_after_the_deadline()
    {
        var round = RoundDue(new DateOnly(2026, 11, 26), new TimeOnly(14, 0));
        var policy = new ReminderPolicy([], new ReminderOffset(0, Eight));

        var escalation = Assert.Single(policy.Schedule(round, ReminderCalendar.Default));

        Assert.True(escalation.At > round.Deadline);
        Assert.Equal(round.Deadline.AddMinutes(1), escalation.At);
    }

    [Fact]
    public void Without_a_policy_nothing_is_scheduled()
    {
        Assert.Empty(ReminderPolicy.None.Schedule(new RoundBuilder().Build(), ReminderCalendar.Default));
    }
}
