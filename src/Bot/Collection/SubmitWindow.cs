namespace SkoleUtvikling.Bot.Collection;

/// <summary>Whether a person may save an answer now, and if so whether it counts as late.</summary>
public enum SubmitWindow
{
    Open,
    Late,
    NotOpenYet,
    Locked,
    NotInRound,
}
