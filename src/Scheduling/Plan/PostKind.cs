namespace SkoleUtvikling.Scheduling.Plan;

public enum PostKind
{
    /// <summary>The lesebestilling with its reflection card, some days before the meeting.</summary>
    Lesebestilling,

    /// <summary>A reminder on the working day before the meeting.</summary>
    Reminder,

    /// <summary>Project meetings: asks for saker before the saker deadline.</summary>
    CallForSaker,

    /// <summary>Project meetings: the agenda goes out (a week before).</summary>
    Saksliste,
}
