using SkoleUtvikling.Scheduling.Calendar;
using SkoleUtvikling.Scheduling.Plan;
using static SkoleUtvikling.Tests.Unit.Scheduling.Plan.PlanEventBuilder;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan;

public class PostPlannerTests
{
    /// <summary>Long before the plan: nothing is late.</summary>
    private static readonly DateTimeOffset Early = new(2020, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly SchoolHolidays Vestvagoy = new("Vestvågøy",
    [
        new SchoolHoliday(SchoolHolidayKind.ChristmasBreak, new(2020, 12, 21), new(2021, 1, 1)),
        new SchoolHoliday(SchoolHolidayKind.EasterBreak, new(2021, 3, 29), new(2021, 4, 5)),
    ]);

    private static readonly PostPlanner Planner = new(ReminderCalendar.Default, new PostPlannerSettings());
    private static readonly PostPlanner VestvagoyPlanner = new(new ReminderCalendar(Vestvagoy, QuietHours.Default), new PostPlannerSettings());

    [Fact]
    public void The_lesebestilling_goes_out_seven_days_before_at_eight_and_the_reminder_the_working_day_before()
    {
        // Uke 20, 14. mai 2020 kl. 13.00, Ledermøte KULG (CEST, UTC+2).
        var kulg = Meeting(Programme.Kulg, new DateOnly(2020, 5, 14), new TimeOnly(13, 0), "Utviklingsplan 2020-2021");

        var plan = Planner.Plan([kulg], Early);

        Assert.Equal(
            [
                new PlannedPost(kulg.Key, PostKind.Lesebestilling, new DateTimeOffset(2020, 5, 7, 6, 0, 0, TimeSpan.Zero), IsLate: false),
                new PlannedPost(kulg.Key, PostKind.Reminder, new DateTimeOffset(2020, 5, 13, 6, 0, 0, TimeSpan.Zero), IsLate: false),
            ],
            plan.Posts);
        Assert.Equal("kulg-2020-05-14-utviklingsplan-2020-2021/lesebestilling", plan.Posts[0].Key);
        Assert.Empty(plan.Skipped);
    }

    [Fact]
    public void A_lesebestilling_that_would_fall_on_a_Saturday_goes_out_on_Friday()
    {
        // Uke 33, 15. august 2020 (a Saturday in the plan): seven days before is Saturday 8 August.
        var lp = Meeting(Programme.Lp, new DateOnly(2020, 8, 15));

        var plan = Planner.Plan([lp], Early);

        Assert.Equal(new DateTimeOffset(2020, 8, 7, 6, 0, 0, TimeSpan.Zero), plan.Posts.Single(p => p.Kind == PostKind.Lesebestilling).FireAt);
        Assert.Equal(new DateTimeOffset(2020, 8, 14, 6, 0, 0, TimeSpan.Zero), plan.Posts.Single(p => p.Kind == PostKind.Reminder).FireAt);
    }

    [Fact]
    public void A_meeting_after_17_mai_gets_its_reminder_on_the_Friday_before()
    {
        var meeting = Meeting(Programme.Ibsm, new DateOnly(2021, 5, 18));

        var plan = Planner.Plan([meeting], Early);

        Assert.Equal(new DateTimeOffset(2021, 5, 14, 6, 0, 0, TimeSpan.Zero), plan.Posts.Single(p => p.Kind == PostKind.Reminder).FireAt);
    }

    [Fact]
    public void A_project_meeting_in_april_asks_for_saker_before_påskeferie_and_sends_the_saksliste_a_week_before()
    {
        // Uke 16, 21. april 2021 kl. 13.45: saker three weeks before is 31 March, inside påskeferie, so Friday 26 March.
        var meeting = ProjectMeeting(new DateOnly(2021, 4, 21), new TimeOnly(13, 45));

        var plan = VestvagoyPlanner.Plan([meeting], Early);

        Assert.Equal(
            [
                new PlannedPost(meeting.Key, PostKind.CallForSaker, new DateTimeOffset(2021, 3, 19, 7, 0, 0, TimeSpan.Zero), false, new DateOnly(2021, 3, 26)),
                new PlannedPost(meeting.Key, PostKind.Saksliste, new DateTimeOffset(2021, 4, 14, 6, 0, 0, TimeSpan.Zero), false),
            ],
            plan.Posts);
    }

    [Fact]
    public void A_project_meeting_in_january_has_its_saker_deadline_before_juleferie()
    {
        // Uke 2, 13. januar 2021: three weeks before is 23 December, in juleferie, so Friday 18 December.
        var meeting = ProjectMeeting(new DateOnly(2021, 1, 13), new TimeOnly(14, 0));

        var plan = VestvagoyPlanner.Plan([meeting], Early);

        var call = plan.Posts.Single(p => p.Kind == PostKind.CallForSaker);
        Assert.Equal(new DateOnly(2020, 12, 18), call.Deadline);
        Assert.Equal(new DateTimeOffset(2020, 12, 11, 7, 0, 0, TimeSpan.Zero), call.FireAt);
        Assert.Equal(new DateTimeOffset(2021, 1, 6, 7, 0, 0, TimeSpan.Zero), plan.Posts.Single(p => p.Kind == PostKind.Saksliste).FireAt);
    }

    [Fact]
    public void A_network_group_window_counts_from_its_first_day()
    {
        // Uke 40, 1. oktober 2020, ±5 days: groups may meet from Saturday 26 September.
        var lp = Meeting(Programme.Lp, new DateOnly(2020, 10, 1)) with
        {
            Window = new FlexibleWindow(new DateOnly(2020, 10, 1), 5, 5, TimeSpan.FromHours(3), "Arne K."),
        };

        var plan = Planner.Plan([lp], Early);

        Assert.Equal(new DateTimeOffset(2020, 9, 18, 6, 0, 0, TimeSpan.Zero), plan.Posts.Single(p => p.Kind == PostKind.Lesebestilling).FireAt);
        Assert.Equal(new DateTimeOffset(2020, 9, 25, 6, 0, 0, TimeSpan.Zero), plan.Posts.Single(p => p.Kind == PostKind.Reminder).FireAt);
    }

    [Fact]
    public void A_post_whose_time_has_passed_goes_out_at_the_next_allowed_moment()
    {
        var kulg = Meeting(Programme.Kulg, new DateOnly(2020, 5, 14), new TimeOnly(13, 0));
        var sundayNoon = new DateTimeOffset(2020, 5, 10, 10, 0, 0, TimeSpan.Zero);

        var plan = Planner.Plan([kulg], sundayNoon);

        Assert.Equal(
            new PlannedPost(kulg.Key, PostKind.Lesebestilling, new DateTimeOffset(2020, 5, 11, 5, 0, 0, TimeSpan.Zero), IsLate: true),
            plan.Posts[0]);
        Assert.False(plan.Posts[1].IsLate);
    }

    [Fact]
    public void Posts_for_an_event_that_has_begun_are_skipped_and_reported()
    {
        var kulg = Meeting(Programme.Kulg, new DateOnly(2020, 5, 14), new TimeOnly(13, 0));
        var duringTheMeeting = new DateTimeOffset(2020, 5, 14, 11, 30, 0, TimeSpan.Zero);

        var plan = Planner.Plan([kulg], duringTheMeeting);

        Assert.Empty(plan.Posts);
        Assert.Equal(
            [
                new SkippedPost(kulg.Key, PostKind.Lesebestilling, new DateTimeOffset(2020, 5, 7, 6, 0, 0, TimeSpan.Zero), SkipReason.EventStarted),
                new SkippedPost(kulg.Key, PostKind.Reminder, new DateTimeOffset(2020, 5, 13, 6, 0, 0, TimeSpan.Zero), SkipReason.EventStarted),
            ],
            plan.Skipped);
    }

    [Fact]
    public void A_late_post_goes_out_before_the_meeting_or_not_at_all_and_replaces_the_reminder()
    {
        // Wednesday 13 May 2020 at 22.00: the next allowed moment is 07.00 on the meeting day, before 13.00, so it still goes.
        var kulg = Meeting(Programme.Kulg, new DateOnly(2020, 5, 14), new TimeOnly(13, 0));
        var morningMeeting = Meeting(Programme.Ibsm, new DateOnly(2020, 5, 14), new TimeOnly(6, 30), "Tidlig");

        var plan = Planner.Plan([kulg, morningMeeting], new DateTimeOffset(2020, 5, 13, 20, 0, 0, TimeSpan.Zero));

        Assert.Equal(
            [new PlannedPost(kulg.Key, PostKind.Lesebestilling, new DateTimeOffset(2020, 5, 14, 5, 0, 0, TimeSpan.Zero), IsLate: true)],
            plan.Posts);
        Assert.Equal(
            [
                (kulg.Key, PostKind.Reminder, SkipReason.CoincidesWithLesebestilling),
                (morningMeeting.Key, PostKind.Lesebestilling, SkipReason.EventStarted),
                (morningMeeting.Key, PostKind.Reminder, SkipReason.EventStarted),
            ],
            plan.Skipped.Select(s => (s.EventKey, s.Kind, s.Reason)));
    }

    [Fact]
    public void The_call_for_saker_is_skipped_once_the_deadline_has_passed()
    {
        var meeting = ProjectMeeting(new DateOnly(2021, 4, 21), new TimeOnly(13, 45));

        var plan = Planner.Plan([meeting], new DateTimeOffset(2021, 4, 1, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal(SkipReason.SakerDeadlinePassed, Assert.Single(plan.Skipped).Reason);
        Assert.Equal(PostKind.Saksliste, Assert.Single(plan.Posts).Kind);
    }

    [Fact]
    public void A_reminder_not_later_than_the_lesebestilling_is_skipped()
    {
        var settings = new PostPlannerSettings();
        settings.Programmes[Programme.Kulg] = new PostSettings { LesebestillingDaysBefore = 1 };
        var planner = new PostPlanner(ReminderCalendar.Default, settings);
        var monday = Meeting(Programme.Kulg, new DateOnly(2020, 5, 18));

        var plan = planner.Plan([monday], Early);

        Assert.Equal(new DateTimeOffset(2020, 5, 15, 6, 0, 0, TimeSpan.Zero), Assert.Single(plan.Posts).FireAt);
        Assert.Equal(SkipReason.CoincidesWithLesebestilling, Assert.Single(plan.Skipped).Reason);
    }

    [Fact]
    public void Programme_settings_override_the_default()
    {
        var settings = new PostPlannerSettings();
        settings.Programmes[Programme.Fagdag] = new PostSettings { LesebestillingDaysBefore = 14, LesebestillingAt = new TimeOnly(12, 0), SendReminder = false };
        var planner = new PostPlanner(ReminderCalendar.Default, settings);
        var fagdag = Meeting(Programme.Fagdag, new DateOnly(2021, 1, 14));
        var kulg = Meeting(Programme.Kulg, new DateOnly(2021, 1, 14));

        var plan = planner.Plan([fagdag, kulg], Early);

        Assert.Equal(new DateTimeOffset(2020, 12, 31, 11, 0, 0, TimeSpan.Zero), plan.Posts.Single(p => p.EventKey == fagdag.Key).FireAt);
        Assert.Equal(2, plan.Posts.Count(p => p.EventKey == kulg.Key));
    }

    [Fact]
    public void A_meeting_without_lesebestilling_gets_a_reminder_only_when_asked_for()
    {
        var meeting = Meeting(Programme.Ibsm, new DateOnly(2020, 8, 28), lesebestilling: null);
        var settings = new PostPlannerSettings { Default = new PostSettings { RemindWithoutLesebestilling = true } };

        Assert.Empty(Planner.Plan([meeting], Early).Posts);
        Assert.Equal(PostKind.Reminder, Assert.Single(new PostPlanner(ReminderCalendar.Default, settings).Plan([meeting], Early).Posts).Kind);
    }

    [Fact]
    public void Settings_with_a_time_in_quiet_hours_are_rejected_naming_the_key()
    {
        var settings = new PostPlannerSettings();
        settings.Programmes[Programme.Ibsm] = new PostSettings { ReminderAt = new TimeOnly(6, 30), LesebestillingDaysBefore = 0 };

        var error = Assert.Throws<ArgumentException>(() => new PostPlanner(ReminderCalendar.Default, settings));

        Assert.Contains("Scheduling:Posts:Programmes:Ibsm:LesebestillingDaysBefore is 0; it must be 1 to 60.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Scheduling:Posts:Programmes:Ibsm:ReminderAt is 06:30, inside the quiet hours 21:00–07:00.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Planning_the_same_events_twice_gives_the_same_posts()
    {
        var events = new[]
        {
            Meeting(Programme.Kulg, new DateOnly(2020, 5, 14), new TimeOnly(13, 0)),
            ProjectMeeting(new DateOnly(2020, 9, 9), new TimeOnly(15, 0)),
            Meeting(Programme.Fagdag, new DateOnly(2020, 9, 9), new TimeOnly(8, 30), "Fagdag 1 Om støttesystemer"),
        };

        var first = VestvagoyPlanner.Plan(events, Early);
        var second = VestvagoyPlanner.Plan(events.Reverse(), Early);

        Assert.Equal(first.Posts, second.Posts);
        Assert.Equal(first.Posts.Count, first.Posts.Select(p => p.Key).Distinct().Count());
    }
}
