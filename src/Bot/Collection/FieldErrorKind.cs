namespace SkoleUtvikling.Bot.Collection;

/// <summary>Why an answer was not accepted, for code that branches; the message is for people.</summary>
public enum FieldErrorKind
{
    Missing,
    TooShort,
    TooLong,
    NotAChoice,
    NotADate,
}
