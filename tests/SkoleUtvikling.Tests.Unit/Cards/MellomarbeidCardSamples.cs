using SkoleUtvikling.Cards.Forms;
using SkoleUtvikling.Cards.Mellomarbeid;

namespace SkoleUtvikling.Tests.Unit.Cards;

/// <summary>Mellomarbeid cards with sample data (seed 001 §5.2), the long variants near the limits.</summary>
public static class MellomarbeidCardSamples
{
    public const string RoundId = "r-0123456789abcdef0123";

    public static MellomarbeidAgreement Agreement(int points, int length = 200) => new("Nordby skole", 3, new DateOnly(2026, 12, 4), new DateOnly(2027, 1, 14), new TimeOnly(12, 30),
        [.. Enumerable.Range(1, points).Select(i => $"Punkt {i}: " + new string('æ', length))], "Kapittel 3 i «Lærende nettverk».", "Vurdering for læring",
        "Vera Veileder", new DateOnly(2026, 11, 20));

    public static FormCardModel AgreementForm() =>
        MellomarbeidCards.AgreementForm([new FormCardChoice("skole:nordby-skole", "Nordby skole"), new FormCardChoice("skole:sorby-skole", "Sørby skole")], new DateOnly(2026, 11, 20));

    public static FormCardModel AgreementFormWithErrors() => AgreementForm() with
    {
        Values = new Dictionary<string, string> { [MellomarbeidCards.Theme] = "Vurdering" },
        Errors = [new FormCardError(MellomarbeidCards.Points, FormCardErrorKind.NoPoints), FormCardError.Custom(MellomarbeidCards.School, "Fant ikke den skolen.")],
    };

    /// <summary>The feedback form with every point's answer at its limit (ordinary bokmål text) and a version token.</summary>
    public static FormCardModel FilledFeedbackForm()
    {
        var text = string.Concat(Enumerable.Repeat("Vi har lest fagtekster sammen og øvd på førlesing. ", 40))[..MellomarbeidCards.MaxFeedbackLength];
        var values = new Dictionary<string, string> { [MellomarbeidCards.Focus] = text };
        for (var i = 1; i <= MellomarbeidCards.MaxPoints; i++)
        {
            values[MellomarbeidCards.WorkedField(i)] = text;
            values[MellomarbeidCards.ParticipantsField(i)] = "SKUT, trinn 5 og trinn 6";
        }

        return MellomarbeidCards.FeedbackForm(Agreement(MellomarbeidCards.MaxPoints, 120), RoundId) with { Values = values, Version = "3" };
    }

    public static MellomarbeidFeedback Feedback(int points, int length) => new(
        [.. Agreement(points).Points.Select(p => new MellomarbeidPointFeedback(p, new string('ø', length), "SKUT og trinn 5"))], "Mer om vurdering.", "Siri Dahl", "fredag 27.11.2026 kl. 14.02");

    public static IReadOnlyList<MellomarbeidStatusRow> Status(int schools) =>
        [.. Enumerable.Range(1, schools).Select(i => new MellomarbeidStatusRow($"Skole {i}", 1 + (i % 8), new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 4), i % 3 == 0, i % 3 == 1 ? i : 0))];
}
