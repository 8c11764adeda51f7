namespace SkoleUtvikling.Cards.Forms;

/// <summary>
/// A form card to show: heading, fields and buttons, plus what the person has typed so far
/// (<see cref="Values"/>, by field id, as <see cref="FormCardResult.Typed"/> gives it back) and what was
/// wrong with it (<see cref="Errors"/>). Texts are bokmål; times are already Europe/Oslo text.
/// </summary>
public sealed record FormCardModel(string Heading, IReadOnlyList<FormCardField> Fields, FormCardVerbs Verbs)
{
    private static readonly Dictionary<string, string> NoValues = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, int> NoSlots = new(StringComparer.Ordinal);

    /// <summary>Shown bold under the heading, e.g. the reading or the meeting.</summary>
    public string? Title { get; init; }

    public IReadOnlyList<FormCardFact> Facts { get; init; } = [];

    /// <summary>A subtle line above the fields, e.g. who will see the answer.</summary>
    public string? Intro { get; init; }

    /// <summary>
    /// Pre-filled answers by field id: text as typed; a date yyyy-MM-dd; a time HH:mm; several choices
    /// comma-separated; the points of a points field one per line.
    /// </summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = NoValues;

    public IReadOnlyList<FormCardError> Errors { get; init; } = [];

    /// <summary>A message about the whole form (e.g. «Utkastet er lagret», or that someone else saved first).</summary>
    public FormCardNotice? Notice { get; init; }

    public FormCardSurface Surface { get; init; } = FormCardSurface.Inline;

    /// <summary>The caller's own data in every button (e.g. <c>roundId</c>); comes back in <see cref="FormCardResult.Data"/>.</summary>
    public IReadOnlyDictionary<string, string> Data { get; init; } = NoValues;

    /// <summary>An opaque token of the version the form was opened on; comes back in <see cref="FormCardResult.Version"/>.</summary>
    public string? Version { get; init; }

    /// <summary>How many point inputs a points field shows at least (by field id); «Flere punkter» raises it.</summary>
    public IReadOnlyDictionary<string, int> PointSlots { get; init; } = NoSlots;

    /// <summary>The title of the submit button, e.g. «Meld inn sak».</summary>
    public string SubmitTitle { get; init; } = FormCardTexts.Submit;

    public FormCardField? Field(string fieldId) => Fields.FirstOrDefault(f => string.Equals(f.Id, fieldId, StringComparison.Ordinal));

    /// <summary>
    /// Whether the client may check required fields itself: not when «Lagre utkast» or «Flere punkter»
    /// must be able to send a half-filled form (the client blocks every button that sends inputs).
    /// </summary>
    public bool ClientChecksRequired => Verbs.Draft is null && !(Verbs.MorePoints is not null && Fields.Any(f => f.Kind == FormFieldKind.Points));

    /// <summary>How many point inputs a points field shows: its points, one empty one to type in, at least its initial count.</summary>
    public int SlotsOf(FormCardField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (Verbs.MorePoints is null)
        {
            return field.MaxPoints;
        }

        var filled = FormCardPoints.Split(Values.GetValueOrDefault(field.Id)).Count;
        var wanted = Math.Max(Math.Max(filled + 1, field.InitialPoints), PointSlots.GetValueOrDefault(field.Id));
        return Math.Min(wanted, field.MaxPoints);
    }
}
