namespace SkoleUtvikling.Bot.Collection;

public enum SaveStatus
{
    Saved,
    Invalid,
    Refused,
}
