namespace SkoleUtvikling.Cards.Forms;

/// <summary>
/// What a form submit said. <see cref="Typed"/> holds every field as typed (by field id, capped) so the
/// form can come back with nothing lost; <see cref="Answers"/> the accepted answers, valid only when
/// <see cref="IsValid"/>; <see cref="Data"/> the caller's own string data; <see cref="Version"/> the
/// token the form was opened with.
/// </summary>
public sealed record FormCardResult(
    FormCardAction Action,
    IReadOnlyDictionary<string, string> Typed,
    IReadOnlyList<FormCardAnswer> Answers,
    IReadOnlyList<FormCardError> Errors,
    IReadOnlyDictionary<string, string> Data,
    string? Version)
{
    /// <summary>«Flere punkter»: the points field and how many inputs it should show now.</summary>
    public (string FieldId, int Slots)? MorePoints { get; init; }

    /// <summary>A submit or draft without errors: <see cref="Answers"/> may be saved.</summary>
    public bool IsValid => Action is FormCardAction.Submit or FormCardAction.Draft && Errors.Count == 0;

    /// <summary>The accepted answers as stored text by field id (what the collection engine keeps per version).</summary>
    public IReadOnlyDictionary<string, string> AnswerTexts() => Answers.ToDictionary(a => a.FieldId, a => a.Text, StringComparer.Ordinal);

    public FormCardAnswer? Answer(string fieldId) => Answers.FirstOrDefault(a => string.Equals(a.FieldId, fieldId, StringComparison.Ordinal));

    /// <summary>The same form again with what was typed, the errors and (after «Flere punkter») more point inputs.</summary>
    public FormCardModel ShowAgain(FormCardModel form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var slots = new Dictionary<string, int>(form.PointSlots, StringComparer.Ordinal);
        if (MorePoints is { } more)
        {
            slots[more.FieldId] = more.Slots;
        }

        return form with { Values = Typed, Errors = Errors, PointSlots = slots };
    }
}
