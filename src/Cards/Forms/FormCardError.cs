namespace SkoleUtvikling.Cards.Forms;

/// <summary>
/// One field error, shown right under its field. <paramref name="Limit"/> is the bound that was broken,
/// already as text (a length, a number, a date dd.MM.yyyy, a time HH.mm); <paramref name="Point"/> the
/// 1-based point of a points field; <paramref name="Message"/> the text of a <see cref="FormCardErrorKind.Custom"/>
/// error, or the (shortened) wrong value for format errors.
/// </summary>
public sealed record FormCardError(string FieldId, FormCardErrorKind Kind, string? Limit = null, int? Point = null, string? Message = null)
{
    /// <summary>A feature's own error under a field, in bokmål.</summary>
    public static FormCardError Custom(string fieldId, string message) => new(fieldId, FormCardErrorKind.Custom, Message: message);
}
