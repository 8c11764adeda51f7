namespace SkoleUtvikling.Bot.Collection;

/// <summary>One reminder moment of a round (UTC). Who it goes to is decided when it fires (StillMissing).</summary>
public sealed record ScheduledReminder(DateTimeOffset At, ReminderKind Kind);
