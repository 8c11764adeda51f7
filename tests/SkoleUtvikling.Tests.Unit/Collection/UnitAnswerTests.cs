using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Cards.Forms;

namespace SkoleUtvikling.Tests.Unit.Collection;

/// <summary>
/// Answers of a unit (a school) with several editors: who may save, optimistic concurrency on the
/// version the editor opened, drafts; as pure rules and through the general form card.
/// </summary>
public class UnitAnswerTests
{
    private const string School = "unit:skole:nordby-skole";
    private const string RektorAad = "0b6f1c2e-7a34-4d5e-9f10-2a3b4c5d6e7f";
    private static readonly DateTimeOffset Now = RoundBuilder.Opens.AddHours(2);

    private static readonly FormDefinition Feedback = new("mellomarbeid-tilbakemelding", "Tilbakemelding",
    [
        new FormField("arbeid", "Beskriv hvordan dere har arbeidet", FieldKind.LongText, required: true, minLength: 10, maxLength: 2000),
        new FormField("fokus", "Ønsket fokus neste gang", FieldKind.ShortText, required: true, maxLength: 200),
    ]);

    private static Round UnitRound() => new("round-unit", RoundBuilder.Tenant, Feedback, "mellomarbeid:nordby:3", "channel-skut",
        ["veileder"], [School], [], RoundBuilder.Opens, RoundBuilder.Deadline, LatePolicy.Locked)
    {
        AnswerBy = AnswerBy.Unit,
        Editors = RoundStore.EditorSets([new RoundEditor(School, "aad:" + RektorAad, RektorAad, "Rita Rektor"), new RoundEditor(School, "29:skut", null, "Sofie Skut")]),
    };

    private static Dictionary<string, string?> Typed(string arbeid) => new() { ["arbeid"] = arbeid, ["fokus"] = "Lesing i alle fag" };

    [Fact]
    public void Every_editor_may_save_the_units_answer_and_each_version_records_who_saved_it()
    {
        var round = UnitRound();
        var byRektor = SubmissionRules.Save(round, null, new AnswerEdit(School, "29:rektor-device", Typed("Vi har lest og drøftet kapittel 3."), SaveKind.Draft)
        {
            EditorAadObjectId = RektorAad,
            BaseVersion = 0,
        }, Now);
        var bySkut = SubmissionRules.Save(round, byRektor.Submission, new AnswerEdit(School, "29:skut", Typed("Vi har lest og drøftet kapittel 3 i team."), SaveKind.Deliver) { BaseVersion = 1 }, Now.AddMinutes(5));

        Assert.Equal((SaveStatus.Saved, SaveStatus.Saved), (byRektor.Status, bySkut.Status));
        Assert.Equal(School, bySkut.Submission!.AuthorId);
        Assert.Equal(["29:rektor-device", "29:skut"], bySkut.Submission.Versions.Select(v => v.SavedBy));
        Assert.Equal(PersonState.Delivered, CollectionRules.StateOf(round, School, bySkut.Submission));
    }

    [Theory]
    [InlineData("29:laerer", null)]
    [InlineData("veileder", null)]
    [InlineData(School, null)]
    public void Someone_who_is_not_an_editor_of_the_unit_may_not_save_its_answer(string editor, string? aad)
    {
        var outcome = SubmissionRules.Save(UnitRound(), null, new AnswerEdit(School, editor, Typed("Et forsøk fra feil person."), SaveKind.Deliver) { EditorAadObjectId = aad }, Now);

        Assert.Equal((SaveStatus.Refused, SubmitWindow.NotInRound), (outcome.Status, outcome.Window));
        Assert.Equal("Et forsøk fra feil person.", outcome.Answers["arbeid"]);
    }

    [Fact]
    public void Saving_over_a_newer_version_than_the_one_opened_is_a_conflict_and_keeps_what_was_typed()
    {
        var round = UnitRound();
        var first = SubmissionRules.Save(round, null, new AnswerEdit(School, "29:skut", Typed("Første versjon fra SKUT."), SaveKind.Draft) { BaseVersion = 0 }, Now).Submission;

        var late = SubmissionRules.Save(round, first, new AnswerEdit(School, "aad:" + RektorAad, Typed("Rektor skrev dette samtidig."), SaveKind.Deliver)
        {
            EditorAadObjectId = RektorAad,
            BaseVersion = 0,
        }, Now.AddMinutes(1));

        Assert.Equal(SaveStatus.Conflict, late.Status);
        Assert.Equal("Rektor skrev dette samtidig.", late.Answers["arbeid"]);
        Assert.Equal(1, late.NewerVersion!.Number);
        Assert.Equal("29:skut", late.NewerVersion.SavedBy);
        Assert.False(late.Delivered);
    }

    [Fact]
    public void A_draft_lets_required_fields_wait_and_is_neither_delivered_nor_counted()
    {
        var round = UnitRound();
        var draft = SubmissionRules.Save(round, null, new AnswerEdit(School, "29:skut", new Dictionary<string, string?> { ["arbeid"] = "Kort" }, SaveKind.Draft) { BaseVersion = 0 }, Now);

        Assert.Equal(SaveStatus.Saved, draft.Status);
        Assert.False(draft.Delivered);
        Assert.Equal(PersonState.Draft, CollectionRules.StateOf(round, School, draft.Submission));
        Assert.Equal(0, CollectionRules.Progress(round, [draft.Submission!]).Submitted);
        Assert.Equal([School], CollectionRules.StillMissing(round, [draft.Submission!]));
    }

    [Fact]
    public void A_person_round_without_a_version_token_appends_as_before()
    {
        var round = new RoundBuilder().Build();
        var first = RoundBuilder.Delivered(round, "kari", Now);

        var second = SubmissionRules.Save(round, first, AnswerEdit.Own("kari", RoundBuilder.GoodAnswers(), SaveKind.Deliver), Now.AddMinutes(1));

        Assert.Equal([1, 2], second.Submission!.Versions.Select(v => v.Number));
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("3", 3)]
    [InlineData("-1", 0)]
    [InlineData("1e3", 0)]
    [InlineData("x", 0)]
    public void A_form_submit_becomes_an_edit_over_the_version_its_token_names(string? token, int expected)
    {
        var result = new FormCardResult(FormCardAction.Draft, new Dictionary<string, string>(), [new FormCardAnswer("arbeid", FormFieldKind.LongText, "Tekst")],
            [], new Dictionary<string, string>(), token);

        var edit = AnswerForms.Edit(result, School, "29:skut", null);

        Assert.Equal((expected, SaveKind.Draft, "Tekst"), (edit.BaseVersion, edit.Kind, edit.Answers["arbeid"]));
    }

    [Fact]
    public void After_a_conflict_the_form_comes_back_with_what_was_typed_a_notice_naming_who_saved_and_the_newer_token()
    {
        var round = UnitRound();
        var record = new RoundRecord(round, "Mellomarbeid", "Veiledning 3", new DateOnly(2026, 11, 30), "team", "https://smba.example/", "post", [])
        {
            Editors = [new RoundEditor(School, "29:skut", null, "Sofie Skut")],
        };
        var stored = SubmissionRules.Save(round, null, new AnswerEdit(School, "29:skut", Typed("Lagret først av SKUT."), SaveKind.Draft) { BaseVersion = 0 }, Now).Submission;
        var outcome = SubmissionRules.Save(round, stored, new AnswerEdit(School, "aad:" + RektorAad, Typed("Rektors tekst."), SaveKind.Deliver) { EditorAadObjectId = RektorAad, BaseVersion = 0 }, Now);
        var form = new FormCardModel("Tilbakemelding", [FormCardField.LongText("arbeid", "Arbeid", 2000), FormCardField.ShortText("fokus", "Fokus", 200)], FormCardVerbs.ForPrefix("test.feedback")) { Version = "0" };
        var result = new FormCardResult(FormCardAction.Submit, new Dictionary<string, string> { ["arbeid"] = "Rektors tekst.", ["fokus"] = "Lesing" }, [], [], new Dictionary<string, string>(), "0");

        var again = AnswerForms.AfterConflict(result, form, record, outcome);

        Assert.Equal("Rektors tekst.", again.Values["arbeid"]);
        Assert.Equal("1", again.Version);
        Assert.Equal(FormCardTone.Attention, again.Notice!.Tone);
        Assert.StartsWith("Sofie Skut lagret en nyere versjon", again.Notice.Text, StringComparison.Ordinal);
        Assert.Contains("Rektors tekst.", FormCard.Build(again).ToJsonString(), StringComparison.Ordinal);
    }
}
