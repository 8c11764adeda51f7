namespace SkoleUtvikling.Cards.Forms;

/// <summary>
/// The verbs of a form's buttons. <see cref="Submit"/> is always there; a null verb leaves its button
/// out. Without <see cref="MorePoints"/> a points field shows all its inputs at once.
/// </summary>
public sealed record FormCardVerbs(string Submit)
{
    /// <summary>«Lagre utkast»: saves without submitting; required fields may still be empty.</summary>
    public string? Draft { get; init; }

    /// <summary>«Avbryt»: sends no inputs.</summary>
    public string? Cancel { get; init; }

    /// <summary>«Flere punkter»: the bot shows the form again with more empty points, nothing typed lost.</summary>
    public string? MorePoints { get; init; }

    /// <summary>
    /// Every button of a form, named <c>prefix.submit</c>, <c>prefix.draft</c>, <c>prefix.cancel</c> and
    /// <c>prefix.more-points</c>; take one out with <c>with { Draft = null }</c>.
    /// </summary>
    public static FormCardVerbs ForPrefix(string prefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        return new FormCardVerbs(prefix + ".submit")
        {
            Draft = prefix + ".draft",
            Cancel = prefix + ".cancel",
            MorePoints = prefix + ".more-points",
        };
    }
}
