using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Tests.Unit.Features.Reflection;

public sealed class ReflectionViewsTests
{
    private static readonly DateTimeOffset Opens = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = new(2026, 11, 26, 13, 0, 0, TimeSpan.Zero);

    private static RoundRecord Record(LatePolicy late) => new(
        new Round("r-1", "tenant", ReflectionNoteForm.Default, "event-1", "19:kulg", ["29:leder"], ["29:kari", "29:ola"], [], Opens, Deadline, late),
        "Klasseledelse", "KULG · torsdag 26.11.2026 kl. 14.00", new DateOnly(2026, 11, 26), "19:team", "https://smba.example/", "post:x",
        [new("29:leder", RoundRole.Leader, null, "Lise Leder"), new("29:kari", RoundRole.Participant, null, "Kari Nordmann"), new("29:ola", RoundRole.Participant, null, "Ola Hansen")]);

    private static Submission Delivered(DateTimeOffset at, bool late) => new("r-1", "29:kari",
        [new SubmissionVersion(1, "29:kari", at, new Dictionary<string, string> { ["q1"] = "Et budskap om relasjoner i klassen.", ["q2"] = "Jeg hilser på alle i døra hver dag." }, false, late)]);

    [Fact]
    public void Receipt_before_the_deadline_is_editable_and_shows_Oslo_time()
    {
        var receipt = ReflectionViews.Receipt(Record(LatePolicy.Locked), Delivered(Opens.AddHours(3), late: false), Opens.AddHours(3));

        Assert.Equal(ReflectionReceiptState.Editable, receipt.State);
        Assert.Equal("tirsdag 24.11.2026 kl. 11.00", receipt.ReceivedAt);
        Assert.Equal("29:kari", receipt.AuthorUserId);
        Assert.Equal("Hvilket budskap har denne teksten?", receipt.Summary[0].Question);
    }

    [Fact]
    public void Receipt_after_the_deadline_is_locked_or_marked_late()
    {
        Assert.Equal(ReflectionReceiptState.Locked,
            ReflectionViews.Receipt(Record(LatePolicy.Locked), Delivered(Opens.AddHours(3), late: false), Deadline.AddMinutes(1)).State);
        Assert.Equal(ReflectionReceiptState.AcceptedLate,
            ReflectionViews.Receipt(Record(LatePolicy.AcceptLateUntil(Deadline.AddDays(7))), Delivered(Deadline.AddHours(1), late: true), Deadline.AddHours(1)).State);
    }

    [Fact]
    public void Round_notes_name_authors_and_who_is_missing_and_count_only_participants()
    {
        var model = ReflectionViews.RoundNotes(Record(LatePolicy.Locked), [Delivered(Opens.AddHours(3), late: false)], new HashSet<string> { "29:kari" });

        var note = Assert.Single(model.Notes);
        Assert.Equal("Kari Nordmann", note.Author);
        Assert.True(note.PickedForPlenum);
        Assert.Equal(2, model.Expected);
        Assert.Equal(["Ola Hansen"], model.Missing!);
    }

    [Fact]
    public void Engine_errors_become_card_errors_with_the_fields_limits()
    {
        var errors = ReflectionViews.Errors(ReflectionNoteForm.Default,
            [new FieldError("q1", FieldErrorKind.TooShort, "kort"), new FieldError("q2", FieldErrorKind.Missing, "mangler")]);

        Assert.Equal(new ReflectionFieldError("q1", ReflectionErrorKind.TooShort, ReflectionNoteForm.MinAnswerLength), errors[0]);
        Assert.Equal(ReflectionErrorKind.Empty, errors[1].Kind);
    }

    [Fact]
    public void Note_ids_are_stable_and_do_not_reveal_the_Teams_id()
    {
        Assert.Equal(ReflectionViews.NoteId("29:kari"), ReflectionViews.NoteId("29:kari"));
        Assert.NotEqual(ReflectionViews.NoteId("29:kari"), ReflectionViews.NoteId("29:ola"));
        Assert.DoesNotContain("kari", ReflectionViews.NoteId("29:kari"), StringComparison.Ordinal);
    }

    [Fact]
    public void Round_ids_are_deterministic_per_tenant_event_and_form()
    {
        Assert.Equal(ReflectionRoundOpener.RoundId("t", "e", "f"), ReflectionRoundOpener.RoundId("t", "e", "f"));
        Assert.NotEqual(ReflectionRoundOpener.RoundId("t", "e", "f"), ReflectionRoundOpener.RoundId("t2", "e", "f"));
    }

    [Fact]
    public void Two_people_with_the_same_name_get_two_files()
    {
        var record = Record(LatePolicy.Locked) with
        {
            People = [new("29:kari", RoundRole.Participant, null, "Kari Nordmann"), new("29:kari2", RoundRole.Participant, null, "Kari Nordmann")],
        };

        var first = ReflectionDocuments.NotePath(record, "29:kari");
        var second = ReflectionDocuments.NotePath(record, "29:kari2");

        Assert.NotEqual(first, second);
        Assert.Equal("Refleksjonsnotater/2026-11-26 Klasseledelse", string.Join('/', first.Folders));
        Assert.StartsWith("Kari Nordmann (", first.FileName, StringComparison.Ordinal);
    }
}
