using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Tests.Unit.Collection;

public class CollectionRulesTests
{
    private static readonly DateTimeOffset HardClose = RoundBuilder.Deadline.AddDays(2);

    [Fact]
    public void Participants_minus_the_exempt_must_answer_and_leaders_are_not_required()
    {
        var round = new RoundBuilder().WithExempt("OLA").Build();

        Assert.Equal(["kari", "lise", "per"], CollectionRules.WhoMustAnswer(round).Order());
    }

    [Fact]
    public void A_leader_listed_as_participant_must_answer()
    {
        var round = new RoundBuilder().WithParticipants("kari", "rektor").Build();

        Assert.Contains("rektor", CollectionRules.WhoMustAnswer(round));
    }

    [Fact]
    public void Before_the_round_opens_nobody_can_submit()
    {
        var round = new RoundBuilder().Build();

        Assert.Equal(SubmitWindow.NotOpenYet, CollectionRules.CanSubmit(round, "kari", RoundBuilder.Opens.AddSeconds(-1)));
    }

    [Fact]
    public void Up_to_and_including_the_deadline_a_participant_can_submit()
    {
        var round = new RoundBuilder().Build();

        Assert.Equal(SubmitWindow.Open, CollectionRules.CanSubmit(round, "kari", RoundBuilder.Opens));
        Assert.Equal(SubmitWindow.Open, CollectionRules.CanSubmit(round, "kari", RoundBuilder.Deadline));
    }

    [Fact]
    public void After_the_deadline_a_locked_round_refuses()
    {
        var round = new RoundBuilder().Build();

        Assert.Equal(SubmitWindow.Locked, CollectionRules.CanSubmit(round, "kari", RoundBuilder.Deadline.AddMilliseconds(1)));
    }

    [Fact]
    public void After_the_deadline_a_round_accepting_late_answers_takes_them_as_late_until_the_hard_close()
    {
        var round = new RoundBuilder().AcceptingLateUntil(HardClose).Build();

        Assert.Equal(SubmitWindow.Late, CollectionRules.CanSubmit(round, "kari", RoundBuilder.Deadline.AddMinutes(1)));
        Assert.Equal(SubmitWindow.Late, CollectionRules.CanSubmit(round, "kari", HardClose));
        Assert.Equal(SubmitWindow.Locked, CollectionRules.CanSubmit(round, "kari", HardClose.AddMilliseconds(1)));
    }

    [Fact]
    public void Someone_outside_the_round_cannot_submit()
    {
        var round = new RoundBuilder().Build();

        Assert.Equal(SubmitWindow.NotInRound, CollectionRules.CanSubmit(round, "fremmed", RoundBuilder.Opens));
    }

    [Fact]
    public void A_deadline_at_midnight_Oslo_on_the_night_summer_time_ends_locks_at_23_00_UTC()
    {
        // Sunday 25 October 2026: clocks go back at 03.00, so that day's 23.59 is CET (+01).
        var deadline = ReminderCalendar.At(new DateOnly(2026, 10, 25), new TimeOnly(23, 59));
        var round = new RoundBuilder().OpensAt(deadline.AddDays(-7)).DeadlineAt(deadline).Build();

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 22, 59, 0, TimeSpan.Zero), round.Deadline);
        Assert.Equal(SubmitWindow.Open, CollectionRules.CanSubmit(round, "kari", new DateTimeOffset(2026, 10, 25, 22, 30, 0, TimeSpan.Zero)));
        Assert.Equal(SubmitWindow.Locked, CollectionRules.CanSubmit(round, "kari", new DateTimeOffset(2026, 10, 25, 23, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Each_person_has_a_state_like_an_assignment()
    {
        var round = new RoundBuilder().WithExempt("lise").AcceptingLateUntil(HardClose).Build();
        var draft = SubmissionRules.Save(round, null, "ola", new Dictionary<string, string?> { ["q1"] = "halv" }, SaveKind.Draft, RoundBuilder.Opens).Submission!;
        var submissions = new[]
        {
            RoundBuilder.Delivered(round, "kari", RoundBuilder.Opens.AddDays(1)),
            draft,
            RoundBuilder.Delivered(round, "per", RoundBuilder.Deadline.AddHours(1)),
        };

        var states = CollectionRules.States(round, submissions);

        Assert.Equal(PersonState.Delivered, states["kari"]);
        Assert.Equal(PersonState.Draft, states["ola"]);
        Assert.Equal(PersonState.Late, states["per"]);
        Assert.Equal(PersonState.Exempt, states["lise"]);
        Assert.Equal(PersonState.Assigned, CollectionRules.StateOf(round, "ny", null));
    }

    [Fact]
    public void The_channel_count_is_delivered_and_late_over_expected_with_the_exempt_left_out()
    {
        var round = new RoundBuilder().WithExempt("lise").AcceptingLateUntil(HardClose).Build();
        var submissions = new[]
        {
            RoundBuilder.Delivered(round, "kari", RoundBuilder.Opens.AddDays(1)),
            RoundBuilder.Delivered(round, "per", RoundBuilder.Deadline.AddHours(1)),
            RoundBuilder.Delivered(round, "lise", RoundBuilder.Opens.AddDays(1)),
            RoundBuilder.Delivered(round, "rektor", RoundBuilder.Opens.AddDays(1)),
        };

        var progress = CollectionRules.Progress(round, submissions);

        Assert.Equal(new RoundProgress(Delivered: 1, Late: 1, Draft: 0, Expected: 3), progress);
        Assert.Equal("2 av 3 har levert", progress.ChannelText);
    }

    [Fact]
    public void Submissions_to_another_round_are_not_counted()
    {
        var round = new RoundBuilder().Build();
        var other = RoundBuilder.Delivered(round, "kari", RoundBuilder.Opens) with { RoundId = "round-2" };

        Assert.Equal(0, CollectionRules.Progress(round, [other]).Submitted);
    }

    [Fact]
    public void Only_those_assigned_or_with_a_draft_are_still_missing()
    {
        var round = new RoundBuilder().WithExempt("lise").Build();
        var draft = SubmissionRules.Save(round, null, "ola", new Dictionary<string, string?>(), SaveKind.Draft, RoundBuilder.Opens).Submission!;

        var missing = CollectionRules.StillMissing(round, [RoundBuilder.Delivered(round, "kari", RoundBuilder.Opens), draft]);

        Assert.Equal(["ola", "per"], missing);
    }

    [Fact]
    public void A_submission_is_read_by_its_author_and_the_rounds_leaders_only()
    {
        var round = new RoundBuilder().Build();

        Assert.True(CollectionRules.CanRead(round, "kari", RoundBuilder.Tenant, "KARI"));
        Assert.True(CollectionRules.CanRead(round, "kari", RoundBuilder.Tenant, "rektor"));
        Assert.False(CollectionRules.CanRead(round, "kari", RoundBuilder.Tenant, "ola"));
        Assert.False(CollectionRules.CanRead(round, "kari", RoundBuilder.Tenant, ""));
    }

    [Fact]
    public void A_leader_of_the_same_id_in_another_tenant_cannot_read()
    {
        var round = new RoundBuilder().Build();

        Assert.False(CollectionRules.CanRead(round, "kari", "another-tenant", "rektor"));
        Assert.False(CollectionRules.CanRead(round, "kari", "another-tenant", "kari"));
    }

    [Fact]
    public void A_round_whose_hard_close_is_not_after_its_deadline_is_a_configuration_error()
    {
        Assert.Throws<ArgumentException>(() => new RoundBuilder().AcceptingLateUntil(RoundBuilder.Deadline).Build());
        Assert.Throws<ArgumentException>(() => new RoundBuilder().DeadlineAt(RoundBuilder.Opens).Build());
    }
}
