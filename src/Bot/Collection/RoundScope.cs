namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// A round's scope within its subject: one round per unit of the same subject (issue 15: each nettverksgruppe of a
/// flexible meeting has its own round of notes, due at its own booked slot). A scoped round's subject is
/// <c>{subject}#{unit id}</c>, stored as its subject key, so its id, its uniqueness (tenant, subject, form) and every
/// lookup by subject work unchanged; an unscoped round's subject is the subject itself. Plan event keys and unit ids
/// are slugs without '#'.
/// </summary>
public static class RoundScope
{
    public const char Separator = '#';

    /// <summary>The subject key of a round of <paramref name="subjectKey"/> for one unit (none: the subject itself).</summary>
    public static string Subject(string subjectKey, string? scope)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectKey);
        return string.IsNullOrEmpty(scope) ? subjectKey : $"{subjectKey}{Separator}{scope}";
    }

    /// <summary>The subject (e.g. the plan event's key) and the unit of a stored subject key; no unit for an unscoped round.</summary>
    public static (string Subject, string? Scope) Split(string subjectKey)
    {
        ArgumentNullException.ThrowIfNull(subjectKey);
        var at = subjectKey.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? (subjectKey, null) : (subjectKey[..at], subjectKey[(at + 1)..]);
    }
}
