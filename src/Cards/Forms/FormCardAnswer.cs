namespace SkoleUtvikling.Cards.Forms;

/// <summary>
/// One accepted, non-empty answer. <see cref="Text"/> is what to store: trimmed text, a date yyyy-MM-dd,
/// a time HH:mm, an invariant number, choices comma-separated in the form's order, points one per line.
/// The typed views are set for their kind.
/// </summary>
public sealed record FormCardAnswer(string FieldId, FormFieldKind Kind, string Text)
{
    public DateOnly? Date { get; init; }

    public TimeOnly? Time { get; init; }

    public decimal? Number { get; init; }

    /// <summary>The chosen values of a choice field, or the points of a points field, in order.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];
}
