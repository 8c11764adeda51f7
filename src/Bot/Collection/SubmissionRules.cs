namespace SkoleUtvikling.Bot.Collection;

/// <summary>Saving an answer: the one decision a submit handler needs, before it commits and replies.</summary>
public static class SubmissionRules
{
    /// <summary>
    /// Checks the time window and (for a delivery) the answers, then appends a new version. Never throws
    /// for what a person typed; a refused or invalid save returns the typed answers unchanged.
    /// </summary>
    public static SaveOutcome Save(Round round, Submission? existing, string userId,
        IReadOnlyDictionary<string, string?> answers, SaveKind kind, DateTimeOffset now)
    {
        if (existing is not null && !string.Equals(existing.AuthorId, userId, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("A person can only add versions to their own submission.", nameof(existing));
        }

        return Save(round, existing, AnswerEdit.Own(userId, answers, kind), now);
    }

    /// <summary>
    /// Saves one edit of the owner's answer: who may edit (<see cref="Round.MayEdit"/>) and when, then the
    /// version the editor opened (a newer one saved meanwhile refuses the save, nothing lost), then for a
    /// delivery the answers. A draft is kept as typed (only trimmed): not validated, not counted.
    /// </summary>
    public static SaveOutcome Save(Round round, Submission? existing, AnswerEdit edit, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(edit);
        if (existing is not null && !string.Equals(existing.AuthorId, edit.OwnerId, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("A version can only be added to the owner's own submission.", nameof(existing));
        }

        var window = CollectionRules.CanSave(round, edit.OwnerId, edit.EditorId, edit.EditorAadObjectId, now);
        var validation = edit.Kind == SaveKind.Deliver
            ? FormValidator.Validate(round.Form, edit.Answers)
            : new AnswerValidation(FormValidator.Normalize(round.Form, edit.Answers), []);
        if (!window.Allows())
        {
            return new SaveOutcome(SaveStatus.Refused, window, existing, validation.Answers, []);
        }

        if (edit.BaseVersion is { } opened && opened != (existing?.Latest?.Number ?? 0))
        {
            return new SaveOutcome(SaveStatus.Conflict, window, existing, validation.Answers, []);
        }

        if (!validation.IsValid)
        {
            return new SaveOutcome(SaveStatus.Invalid, window, existing, validation.Answers, validation.Errors);
        }

        var version = new SubmissionVersion(0, edit.EditorId, now.ToUniversalTime(), validation.Answers,
            IsDraft: edit.Kind == SaveKind.Draft, IsLate: window == SubmitWindow.Late);
        var saved = Submission.Append(existing, round.Id, existing?.AuthorId ?? edit.OwnerId, version);
        return new SaveOutcome(SaveStatus.Saved, window, saved, validation.Answers, []);
    }
}
