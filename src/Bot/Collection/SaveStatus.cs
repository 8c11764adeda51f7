namespace SkoleUtvikling.Bot.Collection;

public enum SaveStatus
{
    Saved,
    Invalid,
    Refused,

    /// <summary>Someone saved a newer version after the editor opened the form: nothing was saved.</summary>
    Conflict,
}
