using System.Security.Cryptography;
using System.Text;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>Turns the engine's rounds and submissions into the reflection cards' models; times in Europe/Oslo.</summary>
public static class ReflectionViews
{
    public static IReadOnlyList<ReflectionQuestion> Questions(FormDefinition form) =>
        [.. form.Fields.Select(f => new ReflectionQuestion(f.Id, f.Label, f.MinLength ?? 1, f.MaxLength ?? ReflectionNoteForm.MaxAnswerLength))];

    public static ReflectionFormModel Form(RoundRecord round, IReadOnlyDictionary<string, string> answers,
        IReadOnlyList<ReflectionFieldError> errors, ReflectionFormSurface surface) =>
        new(round.Id, round.Title, round.Meeting, NorwegianDates.Instant(round.Round.Deadline), Questions(round.Round.Form), answers, errors, surface);

    /// <summary>The engine's field errors as the card shows them, with the limit the field has.</summary>
    public static IReadOnlyList<ReflectionFieldError> Errors(FormDefinition form, IEnumerable<FieldError> errors) =>
        [.. errors.Select(e =>
        {
            var field = form.Field(e.FieldId);
            return e.Kind switch
            {
                FieldErrorKind.TooShort => new ReflectionFieldError(e.FieldId, ReflectionErrorKind.TooShort, field?.MinLength ?? 0),
                FieldErrorKind.TooLong => new ReflectionFieldError(e.FieldId, ReflectionErrorKind.TooLong, field?.MaxLength ?? 0),
                _ => new ReflectionFieldError(e.FieldId, ReflectionErrorKind.Empty, field?.MinLength ?? 0),
            };
        })];

    public static ReflectionReceiptModel Receipt(RoundRecord round, Submission submission, DateTimeOffset now)
    {
        var delivered = submission.LatestDelivered ?? throw new ArgumentException("A receipt needs a delivered version.", nameof(submission));
        var state = CollectionRules.CanSubmit(round.Round, submission.AuthorId, now) == SubmitWindow.Open
            ? ReflectionReceiptState.Editable
            : submission.FirstDelivered!.IsLate ? ReflectionReceiptState.AcceptedLate : ReflectionReceiptState.Locked;
        return new ReflectionReceiptModel(round.Id, round.Title, round.Meeting, NorwegianDates.Instant(delivered.SavedAt),
            NorwegianDates.Instant(round.Round.Deadline), state, Answers(round.Round.Form, delivered), submission.AuthorId);
    }

    public static ReflectionCountModel Count(RoundRecord round, RoundProgress progress) => Count(round, progress.Submitted);

    /// <summary>The channel's view: how many delivered of those who must answer, never who.</summary>
    public static ReflectionCountModel Count(RoundRecord round, int submitted) =>
        new(round.Id, round.Title, round.Meeting, NorwegianDates.Instant(round.Round.Deadline), submitted, CollectionRules.WhoMustAnswer(round.Round).Count)
        {
            ShowTitle = RoundScope.Split(round.Round.PlanEventKey).Scope is not null,
        };

    public static ReflectionRoundModel RoundNotes(RoundRecord round, IReadOnlyList<Submission> submissions, IReadOnlySet<string> picks)
    {
        var notes = submissions
            .Where(s => s.LatestDelivered is not null)
            .Select(s => (Submission: s, Version: s.LatestDelivered!))
            .OrderBy(n => n.Version.SavedAt)
            .Select(n => new ReflectionRoundNote(NoteId(n.Submission.AuthorId), round.NameOf(n.Submission.AuthorId) ?? n.Submission.AuthorId,
                NorwegianDates.Instant(n.Version.SavedAt), n.Submission.FirstDelivered!.IsLate, Answers(round.Round.Form, n.Version),
                picks.Contains(n.Submission.AuthorId)))
            .ToList();
        var missing = CollectionRules.StillMissing(round.Round, submissions).Select(id => round.NameOf(id) ?? id).Order(StringComparer.CurrentCulture).ToList();
        return new ReflectionRoundModel(round.Id, round.Title, round.Meeting, CollectionRules.WhoMustAnswer(round.Round).Count, notes, missing);
    }

    public static ReflectionRoundLine RoundLine(RoundRecord round, RoundProgress progress) =>
        new(round.Id, round.Title, round.Meeting, NorwegianDates.Instant(round.Round.Deadline), progress.Submitted, progress.Expected);

    public static ReflectionOwnNote OwnNote(RoundRecord round, Submission submission)
    {
        var shown = submission.LatestDelivered ?? submission.Latest!;
        return new ReflectionOwnNote(round.Title, round.Meeting, State(CollectionRules.StateOf(round.Round, submission.AuthorId, submission)),
            NorwegianDates.Instant(shown.SavedAt), Answers(round.Round.Form, shown));
    }

    public static string State(PersonState state) => state switch
    {
        PersonState.Delivered => ReflectionTexts.StateDelivered,
        PersonState.Late => ReflectionTexts.StateLate,
        PersonState.Draft => ReflectionTexts.StateDraft,
        PersonState.Exempt => ReflectionTexts.StateExempt,
        _ => ReflectionTexts.StateAssigned,
    };

    /// <summary>
    /// A note's id on the leaders' card: a short hash of the author's id, stable across renders, so a
    /// plenum toggle names a note without putting a Teams id in the card.
    /// </summary>
    public static string NoteId(string authorId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(authorId)))[..12];

    private static List<ReflectionQa> Answers(FormDefinition form, SubmissionVersion version) =>
        [.. form.Fields.Select(f => new ReflectionQa(f.Label, version.Answers.GetValueOrDefault(f.Id, "")))];
}
