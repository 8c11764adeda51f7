namespace SkoleUtvikling.Bot.Collection;

/// <summary>Where one expected person stands in a round, like an assignment's status for a pupil.</summary>
public enum PersonState
{
    Assigned,
    Draft,
    Delivered,
    Late,
    Exempt,
}
