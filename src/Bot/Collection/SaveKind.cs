namespace SkoleUtvikling.Bot.Collection;

/// <summary>Keep what was typed (not validated, not counted) or send it in (validated, counted).</summary>
public enum SaveKind
{
    Draft,
    Deliver,
}
