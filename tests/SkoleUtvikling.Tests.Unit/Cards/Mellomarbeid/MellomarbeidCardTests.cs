using System.Text;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Cards.Mellomarbeid;

namespace SkoleUtvikling.Tests.Unit.Cards.Mellomarbeid;

public sealed class MellomarbeidCardTests
{
    [Fact]
    public void Long_feedback_is_shortened_on_the_card_with_a_note_and_the_card_stays_under_teams_limit()
    {
        var agreement = MellomarbeidCardSamples.Agreement(MellomarbeidCards.MaxPoints);
        var feedback = MellomarbeidCardSamples.Feedback(MellomarbeidCards.MaxPoints, MellomarbeidCards.MaxFeedbackLength);

        var json = CardJson.Serialize(MellomarbeidCards.Feedback(agreement, feedback));

        Assert.Contains(MellomarbeidCardTexts.Shortened, json, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('ø', MellomarbeidCards.MaxFeedbackLength), json, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(json) < 28 * 1024, $"{Encoding.UTF8.GetByteCount(json)} bytes");
    }

    [Fact]
    public void Short_feedback_is_shown_whole_without_the_note()
    {
        var agreement = MellomarbeidCardSamples.Agreement(2);
        var feedback = MellomarbeidCardSamples.Feedback(2, 300);

        var json = CardJson.Serialize(MellomarbeidCards.Feedback(agreement, feedback));

        Assert.Contains(new string('ø', 300), json, StringComparison.Ordinal);
        Assert.DoesNotContain(MellomarbeidCardTexts.Shortened, json, StringComparison.Ordinal);
        Assert.Contains("Siri Dahl, fredag 27.11.2026 kl. 14.02", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overview_says_delivered_not_delivered_or_how_many_days_late_per_school()
    {
        var json = CardJson.Serialize(MellomarbeidCards.Status(
        [
            new MellomarbeidStatusRow("Nordby skole", 3, new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 4), Delivered: true, DaysLate: 0),
            new MellomarbeidStatusRow("Sørby skole", 1, new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 4), Delivered: false, DaysLate: 0),
            new MellomarbeidStatusRow("Vestby skole", 2, new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 4), Delivered: false, DaysLate: 1),
        ]));

        Assert.Contains("Runde 3 · avtalt 20.11.2026 · frist 04.12.2026 · levert", json, StringComparison.Ordinal);
        Assert.Contains("Runde 1 · avtalt 20.11.2026 · frist 04.12.2026 · ikke levert\"", json, StringComparison.Ordinal);
        Assert.Contains("ikke levert, 1 dag over fristen", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_agreement_leaves_out_empty_reading_and_theme_and_only_a_round_id_gives_the_feedback_button()
    {
        var agreement = MellomarbeidCardSamples.Agreement(2) with { Reading = "", Theme = "" };

        var forRektor = CardJson.Serialize(MellomarbeidCards.Agreement(agreement, "r-1"));
        var plain = CardJson.Serialize(MellomarbeidCards.Agreement(agreement, null));

        Assert.DoesNotContain(MellomarbeidCardTexts.ReadingLabel, forRektor, StringComparison.Ordinal);
        Assert.DoesNotContain(MellomarbeidCardTexts.ThemeLabel, forRektor, StringComparison.Ordinal);
        Assert.Contains(MellomarbeidVerbs.OpenFeedback, forRektor, StringComparison.Ordinal);
        Assert.DoesNotContain(MellomarbeidVerbs.OpenFeedback, plain, StringComparison.Ordinal);
        Assert.Contains("14.01.2027 kl. 12:30", plain, StringComparison.Ordinal);
    }
}
