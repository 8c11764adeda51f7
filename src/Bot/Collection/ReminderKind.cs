namespace SkoleUtvikling.Bot.Collection;

/// <summary>Remind those still missing, or tell the round's leaders who is missing.</summary>
public enum ReminderKind
{
    Remind,
    Escalate,
}
