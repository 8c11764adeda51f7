namespace SkoleUtvikling.Cards.Forms;

/// <summary>What a form field asks for; <see cref="FormCard"/> picks the input from this.</summary>
public enum FormFieldKind
{
    /// <summary>One line of text (Input.Text).</summary>
    ShortText,

    /// <summary>Several lines of text (Input.Text, multiline).</summary>
    LongText,

    /// <summary>A date; Input.Date submits yyyy-MM-dd.</summary>
    Date,

    /// <summary>A time of day; Input.Time submits HH:mm.</summary>
    Time,

    /// <summary>One or several of a fixed list (Input.ChoiceSet; several arrive comma-separated).</summary>
    Choice,

    /// <summary>A number within an optional range (Input.Number).</summary>
    Number,

    /// <summary>A numbered list of short text points («Punkt 1, 2, 3 …»); empty points are ignored.</summary>
    Points,
}
