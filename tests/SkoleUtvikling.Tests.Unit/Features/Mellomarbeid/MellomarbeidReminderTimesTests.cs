using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Features.Mellomarbeid;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Tests.Unit.Features.Mellomarbeid;

/// <summary>
/// When rektor is reminded of a mellomarbeid deadline (a date: the whole day counts) and when the
/// veilederteam hears it was missed: by default 7 and 2 days before and the morning of the day, 08:00
/// Europe/Oslo on working days, across weekends, public holidays and both DST changes. The agreement is
/// written at the fake clock's now. Most cases have chasing off (<c>Chase = false</c>); the last ones have it on, as by default.
/// </summary>
public sealed class MellomarbeidReminderTimesTests
{
    private static readonly FormDefinition Form = MellomarbeidRounds.Form(["Lese sammen", "Observere"]);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static IReadOnlyList<ScheduledReminder> Schedule(FakeTimeProvider clock, DateOnly deadline, MellomarbeidOptions? options = null)
    {
        var now = clock.GetUtcNow();
        var deadlineEnds = MellomarbeidRounds.EndOfDay(deadline);
        var round = new Round("r-mellomarbeid", "tenant", Form, MellomarbeidRounds.SubjectKey("skole:nordby-skole", 1), "19:skut",
            ["29:vera"], ["skole:nordby-skole"], [], now, deadlineEnds, LatePolicy.AcceptLateUntil(deadlineEnds.AddDays(180)));
        return (options ?? new MellomarbeidOptions { Chase = false }).PolicyFor("veilederteam").Schedule(round, ReminderCalendar.Default);
    }

    [Fact]
    public void The_deadline_is_the_last_second_of_its_day_in_Oslo_summer_and_winter()
    {
        Assert.Equal(Utc(2020, 5, 22, 21, 59).AddSeconds(59), MellomarbeidRounds.EndOfDay(new DateOnly(2020, 5, 22)));
        Assert.Equal(Utc(2026, 12, 4, 22, 59).AddSeconds(59), MellomarbeidRounds.EndOfDay(new DateOnly(2026, 12, 4)));
    }

    [Fact]
    public void Seven_and_two_days_before_and_the_morning_of_the_deadline_at_08_00_and_the_missed_deadline_the_next_working_day()
    {
        // Written Thursday 7 May 2020; deadline Friday 22 May. Thursday 21 May is Kristi himmelfartsdag (not used).
        var clock = new FakeTimeProvider(Utc(2020, 5, 7, 6));

        var schedule = Schedule(clock, new DateOnly(2020, 5, 22));

        Assert.Equal(
        [
            new ScheduledReminder(Utc(2020, 5, 15, 6), ReminderKind.Remind),
            new ScheduledReminder(Utc(2020, 5, 20, 6), ReminderKind.Remind),
            new ScheduledReminder(Utc(2020, 5, 22, 6), ReminderKind.Remind),
            new ScheduledReminder(Utc(2020, 5, 25, 6), ReminderKind.Escalate),
        ], schedule);
    }

    [Fact]
    public void A_reminder_that_falls_on_a_weekend_moves_back_to_friday()
    {
        // Deadline Monday 25 May 2020: two days before is Saturday 23rd, so Friday 22nd.
        var clock = new FakeTimeProvider(Utc(2020, 5, 7, 6));

        var schedule = Schedule(clock, new DateOnly(2020, 5, 25));

        Assert.Equal([Utc(2020, 5, 18, 6), Utc(2020, 5, 22, 6), Utc(2020, 5, 25, 6), Utc(2020, 5, 26, 6)], schedule.Select(s => s.At));
    }

    [Fact]
    public void A_deadline_on_a_public_holiday_is_reminded_the_working_day_before_and_escalated_the_working_day_after()
    {
        // Deadline Kristi himmelfartsdag, Thursday 21 May 2020: "the morning of" moves back to Wednesday 20th,
        // which is also two days before moved back (Tuesday 19th is two calendar days before).
        var clock = new FakeTimeProvider(Utc(2020, 5, 7, 6));

        var schedule = Schedule(clock, new DateOnly(2020, 5, 21));

        Assert.Equal(
        [
            new ScheduledReminder(Utc(2020, 5, 14, 6), ReminderKind.Remind),
            new ScheduledReminder(Utc(2020, 5, 19, 6), ReminderKind.Remind),
            new ScheduledReminder(Utc(2020, 5, 20, 6), ReminderKind.Remind),
            new ScheduledReminder(Utc(2020, 5, 22, 6), ReminderKind.Escalate),
        ], schedule);
    }

    [Fact]
    public void Across_the_start_of_summer_time_each_reminder_keeps_08_00_Oslo()
    {
        // Clocks go forward Sunday 29 March 2026. Deadline Tuesday 31 March.
        var clock = new FakeTimeProvider(Utc(2026, 3, 16, 9));

        var schedule = Schedule(clock, new DateOnly(2026, 3, 31));

        // 24 March 08:00 CET (07:00 UTC); 29 March is Sunday, so Friday 27th 08:00 CET; 31 March 08:00 CEST (06:00 UTC).
        Assert.Equal([Utc(2026, 3, 24, 7), Utc(2026, 3, 27, 7), Utc(2026, 3, 31, 6), Utc(2026, 4, 1, 6)], schedule.Select(s => s.At));
    }

    [Fact]
    public void Across_the_end_of_summer_time_each_reminder_keeps_08_00_Oslo()
    {
        // Clocks go back Sunday 25 October 2026. Deadline Tuesday 27 October.
        var clock = new FakeTimeProvider(Utc(2026, 10, 12, 9));

        var schedule = Schedule(clock, new DateOnly(2026, 10, 27));

        Assert.Equal([Utc(2026, 10, 20, 6), Utc(2026, 10, 23, 6), Utc(2026, 10, 27, 7), Utc(2026, 10, 28, 7)], schedule.Select(s => s.At));
    }

    [Fact]
    public void Moments_already_past_when_the_agreement_is_written_are_dropped_not_sent_late()
    {
        // Written Tuesday 19 May 2020 at 10:00 Oslo for Friday 22 May: the 7-day moment (15 May) is gone.
        var clock = new FakeTimeProvider(Utc(2020, 5, 19, 8));

        var schedule = Schedule(clock, new DateOnly(2020, 5, 22));

        Assert.Equal([Utc(2020, 5, 20, 6), Utc(2020, 5, 22, 6), Utc(2020, 5, 25, 6)], schedule.Select(s => s.At));
    }

    [Fact]
    public void A_veilederteam_can_have_its_own_days_and_the_time_is_configurable()
    {
        var options = new MellomarbeidOptions { ReminderTime = "09:30", EscalateAfterDays = 2, Chase = false };
        options.Veilederteam["veilederteam"] = [3];
        var clock = new FakeTimeProvider(Utc(2020, 5, 7, 6));

        var schedule = Schedule(clock, new DateOnly(2020, 5, 22), options);

        // Three days before Friday 22nd is Tuesday 19th, 09:30 CEST; escalation two days after: Sunday, so Monday 25th.
        Assert.Equal(
        [
            new ScheduledReminder(Utc(2020, 5, 19, 7, 30), ReminderKind.Remind),
            new ScheduledReminder(Utc(2020, 5, 25, 7, 30), ReminderKind.Escalate),
        ], schedule);
        Assert.Equal([7, 2, 0], options.DaysFor("another-team"));
    }

    [Fact]
    public void By_default_rektor_is_chased_the_working_day_after_and_three_working_days_later_and_the_veilederteam_told_the_working_day_after_that()
    {
        // Deadline Friday 22 May 2020: chases Monday 25th and Thursday 28th, the veilederteam Friday 29th, 08:00 Oslo.
        var clock = new FakeTimeProvider(Utc(2020, 5, 7, 6));

        var schedule = Schedule(clock, new DateOnly(2020, 5, 22), new MellomarbeidOptions());

        Assert.Equal(
        [
            new ScheduledReminder(Utc(2020, 5, 15, 6), ReminderKind.Remind),
            new ScheduledReminder(Utc(2020, 5, 20, 6), ReminderKind.Remind),
            new ScheduledReminder(Utc(2020, 5, 22, 6), ReminderKind.Remind),
            new ScheduledReminder(Utc(2020, 5, 25, 6), ReminderKind.Chase),
            new ScheduledReminder(Utc(2020, 5, 28, 6), ReminderKind.Chase),
            new ScheduledReminder(Utc(2020, 5, 29, 6), ReminderKind.Escalate),
        ], schedule);
    }

    [Fact]
    public void The_chase_days_are_configurable_and_a_chase_over_a_holiday_moves_to_the_next_working_day()
    {
        // Deadline Friday 29 May 2020; chase two working days after: Monday 1 June is 2. pinsedag, so Tuesday 2nd and Wednesday 3rd.
        var clock = new FakeTimeProvider(Utc(2020, 5, 7, 6));
        var options = new MellomarbeidOptions { ChaseAfterDays = [2], EscalateAfterDays = 1 };

        var schedule = Schedule(clock, new DateOnly(2020, 5, 29), options);

        Assert.Equal([new ScheduledReminder(Utc(2020, 6, 3, 6), ReminderKind.Chase), new ScheduledReminder(Utc(2020, 6, 4, 6), ReminderKind.Escalate)],
            schedule.Where(s => s.Kind != ReminderKind.Remind));
    }
}
