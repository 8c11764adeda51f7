using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Collection;

namespace SkoleUtvikling.Tests.Unit.Collection;

public class SubmissionRulesTests
{
    private readonly FakeTimeProvider _time = new(RoundBuilder.Opens.AddHours(2));

    [Fact]
    public void Delivering_good_answers_saves_version_1_by_the_author_at_now()
    {
        var round = new RoundBuilder().Build();

        var outcome = SubmissionRules.Save(round, null, "kari", RoundBuilder.GoodAnswers(), SaveKind.Deliver, _time.GetUtcNow());

        Assert.Equal(SaveStatus.Saved, outcome.Status);
        var version = Assert.Single(outcome.Submission!.Versions);
        Assert.Equal((1, "kari", _time.GetUtcNow(), false, false), (version.Number, version.EditedBy, version.SavedAt, version.IsDraft, version.IsLate));
        Assert.Equal(PersonState.Delivered, CollectionRules.StateOf(round, "kari", outcome.Submission));
    }

    [Fact]
    public void Each_edit_before_the_deadline_is_a_new_version_and_the_old_one_is_kept()
    {
        var round = new RoundBuilder().Build();
        var first = SubmissionRules.Save(round, null, "kari", RoundBuilder.GoodAnswers(), SaveKind.Deliver, _time.GetUtcNow()).Submission;
        _time.Advance(TimeSpan.FromDays(1));
        var edited = RoundBuilder.GoodAnswers();
        edited["q2"] = "Jeg har endret mening etter samtalen i teamet.";

        var second = SubmissionRules.Save(round, first, "kari", edited, SaveKind.Deliver, _time.GetUtcNow()).Submission!;

        Assert.Equal([1, 2], second.Versions.Select(v => v.Number));
        Assert.Equal("Jeg har endret mening etter samtalen i teamet.", second.LatestDelivered!.Answers["q2"]);
        Assert.Equal(RoundBuilder.GoodAnswers()["q2"], second.Versions[0].Answers["q2"]);
    }

    [Fact]
    public void Missing_answers_are_not_saved_and_come_back_with_the_errors_and_what_was_typed()
    {
        var round = new RoundBuilder().Build();
        var answers = new Dictionary<string, string?> { ["q1"] = "Teksten handler om lesing i alle fag." };

        var outcome = SubmissionRules.Save(round, null, "kari", answers, SaveKind.Deliver, _time.GetUtcNow());

        Assert.Equal(SaveStatus.Invalid, outcome.Status);
        Assert.Null(outcome.Submission);
        Assert.Equal("q2", Assert.Single(outcome.Errors).FieldId);
        Assert.Equal("Teksten handler om lesing i alle fag.", outcome.Answers["q1"]);
    }

    [Fact]
    public void A_draft_is_saved_without_validation_and_does_not_count_as_delivered()
    {
        var round = new RoundBuilder().Build();

        var outcome = SubmissionRules.Save(round, null, "kari", new Dictionary<string, string?> { ["q1"] = "kort" }, SaveKind.Draft, _time.GetUtcNow());

        Assert.Equal(SaveStatus.Saved, outcome.Status);
        Assert.True(outcome.Submission!.Latest!.IsDraft);
        Assert.Equal(PersonState.Draft, CollectionRules.StateOf(round, "kari", outcome.Submission));
        Assert.Equal(0, CollectionRules.Progress(round, [outcome.Submission]).Submitted);
    }

    [Fact]
    public void After_the_deadline_a_locked_round_refuses_an_edit_and_keeps_the_delivered_version()
    {
        var round = new RoundBuilder().Build();
        var delivered = RoundBuilder.Delivered(round, "kari", _time.GetUtcNow());
        _time.SetUtcNow(RoundBuilder.Deadline.AddMinutes(1));

        var outcome = SubmissionRules.Save(round, delivered, "kari", RoundBuilder.GoodAnswers(), SaveKind.Deliver, _time.GetUtcNow());

        Assert.Equal((SaveStatus.Refused, SubmitWindow.Locked), (outcome.Status, outcome.Window));
        Assert.Same(delivered, outcome.Submission);
        Assert.Equal(2, outcome.Answers.Count);
    }

    [Fact]
    public void A_late_delivery_is_marked_late_where_the_round_allows_it()
    {
        var round = new RoundBuilder().AcceptingLateUntil(RoundBuilder.Deadline.AddDays(3)).Build();
        _time.SetUtcNow(RoundBuilder.Deadline.AddDays(1));

        var outcome = SubmissionRules.Save(round, null, "kari", RoundBuilder.GoodAnswers(), SaveKind.Deliver, _time.GetUtcNow());

        Assert.True(outcome.Submission!.Latest!.IsLate);
        Assert.Equal(PersonState.Late, CollectionRules.StateOf(round, "kari", outcome.Submission));
    }

    [Fact]
    public void A_late_edit_of_a_note_delivered_on_time_keeps_it_delivered()
    {
        var round = new RoundBuilder().AcceptingLateUntil(RoundBuilder.Deadline.AddDays(3)).Build();
        var onTime = RoundBuilder.Delivered(round, "kari", _time.GetUtcNow());
        _time.SetUtcNow(RoundBuilder.Deadline.AddDays(1));

        var edited = SubmissionRules.Save(round, onTime, "kari", RoundBuilder.GoodAnswers(), SaveKind.Deliver, _time.GetUtcNow()).Submission!;

        Assert.True(edited.Versions[1].IsLate);
        Assert.Equal(PersonState.Delivered, CollectionRules.StateOf(round, "kari", edited));
    }

    [Fact]
    public void A_delivery_after_a_draft_makes_the_person_delivered()
    {
        var round = new RoundBuilder().Build();
        var draft = SubmissionRules.Save(round, null, "kari", new Dictionary<string, string?>(), SaveKind.Draft, _time.GetUtcNow()).Submission;

        var delivered = SubmissionRules.Save(round, draft, "kari", RoundBuilder.GoodAnswers(), SaveKind.Deliver, _time.GetUtcNow()).Submission!;

        Assert.Equal([true, false], delivered.Versions.Select(v => v.IsDraft));
        Assert.Equal(PersonState.Delivered, CollectionRules.StateOf(round, "kari", delivered));
    }

    [Fact]
    public void Someone_outside_the_round_is_refused_even_with_good_answers()
    {
        var round = new RoundBuilder().Build();

        var outcome = SubmissionRules.Save(round, null, "fremmed", RoundBuilder.GoodAnswers(), SaveKind.Deliver, _time.GetUtcNow());

        Assert.Equal((SaveStatus.Refused, SubmitWindow.NotInRound), (outcome.Status, outcome.Window));
        Assert.Null(outcome.Submission);
    }

    [Fact]
    public void Adding_a_version_to_someone_elses_submission_is_a_programming_error()
    {
        var round = new RoundBuilder().Build();
        var karis = RoundBuilder.Delivered(round, "kari", _time.GetUtcNow());

        Assert.Throws<ArgumentException>(() =>
            SubmissionRules.Save(round, karis, "ola", RoundBuilder.GoodAnswers(), SaveKind.Deliver, _time.GetUtcNow()));
    }
}
