namespace SkoleUtvikling.Cards.Reflection;

/// <summary>A valid submitted reflection note: the round and one trimmed answer per question, in form order.</summary>
public sealed record ReflectionInput(string RoundId, IReadOnlyList<ReflectionAnswer> Answers);
