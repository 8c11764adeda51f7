namespace SkoleUtvikling.Cards.Forms;

/// <summary>Which button of a form was pressed, from the verb. A missing or unknown verb counts as <see cref="Submit"/>, the strictest.</summary>
public enum FormCardAction
{
    Submit,
    Draft,
    Cancel,
    MorePoints,
}
