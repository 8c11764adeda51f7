namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// Remind those still missing before the deadline, chase them after it, or tell the round's leaders
/// who is missing (escalate, once).
/// </summary>
public enum ReminderKind
{
    Remind,
    Escalate,
    Chase,
}
