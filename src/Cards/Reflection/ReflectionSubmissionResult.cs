namespace SkoleUtvikling.Cards.Reflection;

/// <summary>
/// What a submit said: <see cref="Input"/> when valid, else <see cref="Errors"/>. <see cref="Typed"/>
/// holds every answer as typed (by question id) so the form can come back with nothing lost.
/// <see cref="RoundId"/> is null when the value carried none (not a reflection submit).
/// </summary>
public sealed record ReflectionSubmissionResult(
    string? RoundId,
    ReflectionInput? Input,
    IReadOnlyList<ReflectionFieldError> Errors,
    IReadOnlyDictionary<string, string> Typed)
{
    public bool IsValid => Input is not null;
}
