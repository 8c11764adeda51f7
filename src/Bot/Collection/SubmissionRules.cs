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
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(answers);
        if (existing is not null && !string.Equals(existing.AuthorId, userId, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("A person can only add versions to their own submission.", nameof(existing));
        }

        var window = CollectionRules.CanSubmit(round, userId, now);
        var validation = kind == SaveKind.Deliver
            ? FormValidator.Validate(round.Form, answers)
            : new AnswerValidation(FormValidator.Normalize(round.Form, answers), []);
        if (!window.Allows())
        {
            return new SaveOutcome(SaveStatus.Refused, window, existing, validation.Answers, []);
        }

        if (!validation.IsValid)
        {
            return new SaveOutcome(SaveStatus.Invalid, window, existing, validation.Answers, validation.Errors);
        }

        var version = new SubmissionVersion(0, userId, now.ToUniversalTime(), validation.Answers,
            IsDraft: kind == SaveKind.Draft, IsLate: window == SubmitWindow.Late);
        var saved = Submission.Append(existing, round.Id, existing?.AuthorId ?? userId, version);
        return new SaveOutcome(SaveStatus.Saved, window, saved, validation.Answers, []);
    }
}
