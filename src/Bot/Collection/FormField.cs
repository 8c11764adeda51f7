namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// One question of a form. Lengths count characters after trimming and apply to text fields only.
/// A choice field lists its options; a date field takes yyyy-MM-dd (what Input.Date submits).
/// </summary>
public sealed record FormField
{
    public FormField(string id, string label, FieldKind kind, bool required = true, int? minLength = null,
        int? maxLength = null, IReadOnlyList<FormChoice>? choices = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (minLength is < 0 || maxLength is < 1 || minLength > maxLength)
        {
            throw new ArgumentException($"Field '{id}': lengths {minLength}..{maxLength} are not a range.", nameof(minLength));
        }

        if (kind == FieldKind.Choice && (choices is null || choices.Count == 0))
        {
            throw new ArgumentException($"Choice field '{id}' needs at least one choice.", nameof(choices));
        }

        Id = id;
        Label = label;
        Kind = kind;
        Required = required;
        MinLength = minLength;
        MaxLength = maxLength;
        Choices = choices ?? [];
    }

    public string Id { get; }

    /// <summary>The question in bokmål, as the person sees it.</summary>
    public string Label { get; }

    public FieldKind Kind { get; }

    public bool Required { get; }

    public int? MinLength { get; }

    public int? MaxLength { get; }

    public IReadOnlyList<FormChoice> Choices { get; }

    public bool IsText => Kind is FieldKind.LongText or FieldKind.ShortText;
}
