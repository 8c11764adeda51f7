namespace SkoleUtvikling.Bot.Collection;

/// <summary>What a form field asks for; the card builder picks the input from this.</summary>
public enum FieldKind
{
    LongText,
    ShortText,
    Choice,
    Date,
}
