namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// The result of checking answers against a form. Answers holds every form field's trimmed text
/// (blank ones left out) even when there are errors, so the card can be shown again with nothing lost.
/// </summary>
public sealed record AnswerValidation(IReadOnlyDictionary<string, string> Answers, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
