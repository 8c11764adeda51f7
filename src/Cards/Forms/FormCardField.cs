namespace SkoleUtvikling.Cards.Forms;

/// <summary>
/// One field of a form card. Build it with a factory (<see cref="ShortText"/>, <see cref="LongText"/>,
/// <see cref="Date"/>, <see cref="Time"/>, <see cref="Choice"/>, <see cref="Number"/>, <see cref="Points"/>),
/// which checks its limits; the look (<see cref="Required"/>, <see cref="Help"/>, …) is set with <c>with</c>.
/// Lengths count characters after trimming.
/// </summary>
public sealed record FormCardField
{
    private FormCardField(string id, string label, FormFieldKind kind)
    {
        if (!FormCardIds.IsFieldId(id))
        {
            throw new ArgumentException($"Field id '{id}' must be 1–{FormCardIds.MaxFieldIdLength} letters, digits or '-'.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Id = id;
        Label = label;
        Kind = kind;
    }

    public string Id { get; }

    /// <summary>The question or label in bokmål.</summary>
    public string Label { get; }

    public FormFieldKind Kind { get; }

    /// <summary>Must be answered to submit (a points field: at least one point). A draft may leave it empty.</summary>
    public bool Required { get; init; } = true;

    /// <summary>A hint in bokmål shown under the field.</summary>
    public string? Help { get; init; }

    public string? Placeholder { get; init; }

    /// <summary>The client's own message when its check fails (Teams shows it under the input); a default fits the field.</summary>
    public string? InputErrorMessage { get; init; }

    /// <summary>Text fields: the shortest trimmed answer.</summary>
    public int? MinLength { get; private init; }

    /// <summary>Text fields, and each point of a points field: the longest trimmed answer.</summary>
    public int? MaxLength { get; private init; }

    public IReadOnlyList<FormCardChoice> Choices { get; private init; } = [];

    public bool MultiSelect { get; private init; }

    public decimal? MinNumber { get; private init; }

    public decimal? MaxNumber { get; private init; }

    public bool WholeNumber { get; private init; }

    public DateOnly? MinDate { get; private init; }

    public DateOnly? MaxDate { get; private init; }

    public TimeOnly? MinTime { get; private init; }

    public TimeOnly? MaxTime { get; private init; }

    /// <summary>Points fields: how many points at most.</summary>
    public int MaxPoints { get; private init; }

    /// <summary>Points fields: how many inputs a fresh form shows.</summary>
    public int InitialPoints { get; private init; }

    public bool IsText => Kind is FormFieldKind.ShortText or FormFieldKind.LongText;

    public static FormCardField ShortText(string id, string label, int maxLength = FormCardLimits.ShortTextMaxLength, int? minLength = null) =>
        new(id, label, FormFieldKind.ShortText) { MaxLength = CheckLength(id, maxLength, minLength), MinLength = minLength };

    public static FormCardField LongText(string id, string label, int maxLength = FormCardLimits.LongTextMaxLength, int? minLength = null) =>
        new(id, label, FormFieldKind.LongText) { MaxLength = CheckLength(id, maxLength, minLength), MinLength = minLength };

    public static FormCardField Date(string id, string label, DateOnly? min = null, DateOnly? max = null)
    {
        CheckRange(id, min, max);
        return new(id, label, FormFieldKind.Date) { MinDate = min, MaxDate = max };
    }

    public static FormCardField Time(string id, string label, TimeOnly? min = null, TimeOnly? max = null)
    {
        CheckRange(id, min, max);
        return new(id, label, FormFieldKind.Time) { MinTime = min, MaxTime = max };
    }

    public static FormCardField Number(string id, string label, decimal? min = null, decimal? max = null, bool wholeNumber = true)
    {
        CheckRange(id, min, max);
        return new(id, label, FormFieldKind.Number) { MinNumber = min, MaxNumber = max, WholeNumber = wholeNumber };
    }

    /// <summary>Values must be unique, non-empty and without commas (several choices arrive comma-separated).</summary>
    public static FormCardField Choice(string id, string label, IReadOnlyList<FormCardChoice> choices, bool multiSelect = false)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count == 0 || choices.Count > FormCardLimits.MaxChoices)
        {
            throw new ArgumentException($"Choice field '{id}' needs 1–{FormCardLimits.MaxChoices} choices.", nameof(choices));
        }

        if (choices.Any(c => string.IsNullOrWhiteSpace(c.Value) || c.Value.Contains(',', StringComparison.Ordinal)
                || c.Value.Length > FormCardLimits.ChoiceValueMaxLength || string.IsNullOrWhiteSpace(c.Title))
            || choices.Select(c => c.Value).Distinct(StringComparer.Ordinal).Count() != choices.Count)
        {
            throw new ArgumentException($"Choice field '{id}' needs unique values without commas and a title for each.", nameof(choices));
        }

        return new(id, label, FormFieldKind.Choice) { Choices = choices, MultiSelect = multiSelect };
    }

    /// <summary>A numbered list of short points; <paramref name="maxLength"/> applies to each point.</summary>
    public static FormCardField Points(string id, string label, int maxPoints = FormCardLimits.DefaultMaxPoints,
        int maxLength = FormCardLimits.PointMaxLength, int initialPoints = FormCardLimits.DefaultInitialPoints)
    {
        if (maxPoints is < 1 or > FormCardLimits.MaxPointsLimit || initialPoints < 1 || initialPoints > maxPoints)
        {
            throw new ArgumentException($"Points field '{id}': {initialPoints} of {maxPoints} points (at most {FormCardLimits.MaxPointsLimit}).", nameof(maxPoints));
        }

        return new(id, label, FormFieldKind.Points)
        {
            MaxLength = CheckLength(id, maxLength, null),
            MaxPoints = maxPoints,
            InitialPoints = initialPoints,
        };
    }

    private static int CheckLength(string id, int maxLength, int? minLength)
    {
        if (maxLength is < 1 or > FormCardLimits.TextMaxLengthLimit || minLength < 0 || minLength > maxLength)
        {
            throw new ArgumentException($"Field '{id}': lengths {minLength}..{maxLength} are not a range within 1..{FormCardLimits.TextMaxLengthLimit}.", nameof(maxLength));
        }

        return maxLength;
    }

    private static void CheckRange<T>(string id, T? min, T? max)
        where T : struct, IComparable<T>
    {
        if (min is { } low && max is { } high && low.CompareTo(high) > 0)
        {
            throw new ArgumentException($"Field '{id}': {min} is after {max}.", nameof(min));
        }
    }
}
