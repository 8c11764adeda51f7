using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Scheduling.Plan;

/// <summary>
/// Derives the posts of plan events: pure, so re-importing a plan re-derives the same schedule.
/// Lesebestilling N days before the earliest meeting day; a reminder on the working day before;
/// for project meetings a call for saker before the saker deadline and the saksliste. Every time is moved
/// back to a working day. A post whose time has passed goes out at the next allowed moment if the event
/// has not begun, otherwise it is reported as skipped.
/// </summary>
public sealed class PostPlanner
{
    private readonly ReminderCalendar calendar;
    private readonly PostPlannerSettings settings;

    public PostPlanner(ReminderCalendar calendar, PostPlannerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(settings);
        var errors = settings.Validate(calendar.QuietHours);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(settings));
        }

        this.calendar = calendar;
        this.settings = settings;
    }

    public PostPlan Plan(IEnumerable<PlanEvent> events, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(events);
        var posts = new List<PlannedPost>();
        var skipped = new List<SkippedPost>();
        foreach (var planEvent in events)
        {
            var plan = new EventPlan(planEvent, now, calendar, posts, skipped);
            PlanLesebestilling(plan, settings.For(planEvent.Programme));
            PlanAgenda(plan, settings.For(planEvent.Programme));
        }

        return new PostPlan([.. posts.OrderBy(p => p.FireAt).ThenBy(p => p.Key, StringComparer.Ordinal)], skipped);
    }

    private void PlanLesebestilling(EventPlan plan, PostSettings postSettings)
    {
        var day = plan.Event.EarliestDate;
        var reminderAt = calendar.WorkingDayBefore(day, postSettings.ReminderAt);
        if (plan.Event.Lesebestilling is null)
        {
            if (postSettings.SendReminder && postSettings.RemindWithoutLesebestilling)
            {
                plan.Add(PostKind.Reminder, reminderAt, plan.Event.EarliestStart);
            }

            return;
        }

        var lesebestillingAt = calendar.DaysBefore(day, postSettings.LesebestillingDaysBefore, postSettings.LesebestillingAt);
        var lesebestilling = plan.Add(PostKind.Lesebestilling, lesebestillingAt, plan.Event.EarliestStart);
        if (!postSettings.SendReminder)
        {
            return;
        }

        // A late lesebestilling may go out after the reminder's time: then it is the reminder.
        if (reminderAt <= (lesebestilling?.FireAt ?? lesebestillingAt))
        {
            plan.Skip(PostKind.Reminder, reminderAt, SkipReason.CoincidesWithLesebestilling);
            return;
        }

        plan.Add(PostKind.Reminder, reminderAt, plan.Event.EarliestStart);
    }

    private void PlanAgenda(EventPlan plan, PostSettings postSettings)
    {
        if (plan.Event.Agenda is not { } agenda)
        {
            return;
        }

        var meetingDay = plan.Event.FirstDate;
        var deadline = calendar.WorkingDayOnOrBefore(meetingDay.AddDays(-agenda.SakerDaysBefore));
        var callAt = calendar.DaysBefore(deadline, postSettings.CallForSakerDaysBeforeDeadline, postSettings.AgendaAt);

        // Saker are accepted until the deadline day is over in Oslo.
        var deadlineEnds = ReminderCalendar.At(deadline.AddDays(1), TimeOnly.MinValue);
        if (plan.Now >= deadlineEnds)
        {
            plan.Skip(PostKind.CallForSaker, callAt, SkipReason.SakerDeadlinePassed);
        }
        else
        {
            plan.Add(PostKind.CallForSaker, callAt, deadlineEnds, deadline);
        }

        var sakslisteAt = calendar.DaysBefore(meetingDay, agenda.SakslisteDaysBefore, postSettings.AgendaAt);
        plan.Add(PostKind.Saksliste, sakslisteAt, plan.Event.EarliestStart);
    }

    /// <summary>The posts of one event while they are planned.</summary>
    private sealed record EventPlan(
        PlanEvent Event, DateTimeOffset Now, ReminderCalendar Calendar, List<PlannedPost> Posts, List<SkippedPost> Skipped)
    {
        /// <summary>The post as planned (late or not), or null when it was skipped.</summary>
        public PlannedPost? Add(PostKind kind, DateTimeOffset fireAt, DateTimeOffset mustFireBefore, DateOnly? deadline = null)
        {
            PlannedPost? post = null;
            if (fireAt >= Now)
            {
                post = new PlannedPost(Event.Key, kind, fireAt, IsLate: false, deadline);
            }
            else if (Calendar.NextAllowed(Now) is var late && late < mustFireBefore)
            {
                post = new PlannedPost(Event.Key, kind, late, IsLate: true, deadline);
            }

            if (post is null)
            {
                Skip(kind, fireAt, SkipReason.EventStarted);
            }
            else
            {
                Posts.Add(post);
            }

            return post;
        }

        public void Skip(PostKind kind, DateTimeOffset plannedFor, SkipReason reason) =>
            Skipped.Add(new SkippedPost(Event.Key, kind, plannedFor, reason));
    }
}
