namespace SkoleUtvikling.Cards.Forms;

/// <summary>Defaults and hard caps of form fields; the caps keep a hostile submit from growing a card or a row.</summary>
public static class FormCardLimits
{
    public const int ShortTextMaxLength = 200;
    public const int LongTextMaxLength = 4000;
    public const int PointMaxLength = 500;

    /// <summary>No field may allow more: a card must stay well inside Teams' message size.</summary>
    public const int TextMaxLengthLimit = 10_000;

    public const int DefaultMaxPoints = 10;
    public const int DefaultInitialPoints = 3;
    public const int MaxPointsLimit = 30;

    /// <summary>How many empty points «Flere punkter» adds.</summary>
    public const int MorePointsStep = 3;

    public const int MaxChoices = 50;
    public const int ChoiceValueMaxLength = 100;

    /// <summary>A too-long answer is kept this far beyond its limit (so the person can shorten it); the rest is hostile.</summary>
    public const int TypedSlack = 200;

    /// <summary>Dates, times and numbers are short; anything longer is cut to this.</summary>
    public const int ShortValueCap = 40;

    /// <summary>Hidden action data (e.g. a round id) echoed back: how many keys and how long each value.</summary>
    public const int MaxDataKeys = 16;
    public const int DataValueCap = 256;

    /// <summary>The most characters a field's raw answer is kept with.</summary>
    public static int TypedCap(FormCardField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Kind switch
        {
            FormFieldKind.ShortText or FormFieldKind.LongText or FormFieldKind.Points => (field.MaxLength ?? TextMaxLengthLimit) + TypedSlack,
            FormFieldKind.Choice => (field.Choices.Count * (ChoiceValueMaxLength + 1)) + TypedSlack,
            _ => ShortValueCap,
        };
    }
}
