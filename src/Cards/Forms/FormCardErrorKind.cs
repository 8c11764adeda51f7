namespace SkoleUtvikling.Cards.Forms;

/// <summary>Why an answer was not accepted, for code that branches; <see cref="FormCardTexts.Error"/> words it.</summary>
public enum FormCardErrorKind
{
    Missing,
    TooShort,
    TooLong,
    NoPoints,
    NotADate,
    DateTooEarly,
    DateTooLate,
    NotATime,
    TimeTooEarly,
    TimeTooLate,
    NotANumber,
    NotAWholeNumber,
    NumberTooSmall,
    NumberTooLarge,
    NotAChoice,

    /// <summary>A feature's own rule (e.g. «lørdag» for a booking); the text is in <see cref="FormCardError.Message"/>.</summary>
    Custom,
}
