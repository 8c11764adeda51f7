namespace SkoleUtvikling.Cards.Mellomarbeid;

/// <summary>The verbs and data keys of the mellomarbeid cards.</summary>
public static class MellomarbeidVerbs
{
    /// <summary>The agreement form's buttons (prefix of <c>.submit</c>).</summary>
    public const string AgreementPrefix = "mellomarbeid.avtale";

    /// <summary>The feedback form's buttons (<c>.submit</c>, <c>.draft</c>).</summary>
    public const string FeedbackPrefix = "mellomarbeid.tilbakemelding";

    /// <summary>The evaluation form's «Send evalueringen» (prefix of <c>.submit</c>).</summary>
    public const string EvaluationPrefix = "mellomarbeid.evaluering";

    /// <summary>«Gi tilbakemelding»: the feedback form of the round in <see cref="RoundId"/>.</summary>
    public const string OpenFeedback = "mellomarbeid.apne";

    public const string RoundId = "roundId";

    public static bool IsMellomarbeidVerb(string? verb) => verb is not null && verb.StartsWith("mellomarbeid.", StringComparison.Ordinal);
}
