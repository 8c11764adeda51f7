using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Saker;

/// <summary>
/// To the meeting's leaders, once, after the last chase of a round of saker: how many saker came in and
/// who has still not sent one (names: only ever to the leaders' 1:1 chats). The chase itself is the sak
/// form (<see cref="SakForm"/>) with <see cref="SakerCardTexts.ChaseIntro"/>.
/// </summary>
public static class SakerChaseCard
{
    public static JsonObject Escalation(string meeting, string deadline, int submitted, IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        return CardElements.Card(
            CardElements.Heading(SakerCardTexts.EscalationHeading),
            CardElements.Facts([(SakerCardTexts.MeetingLabel, meeting), (SakerCardTexts.DeadlineLabel, deadline)]),
            CardElements.Text(SakerCardTexts.Count(submitted), bold: true),
            CardElements.Text(SakerCardTexts.NotSubmitted(missing)));
    }
}
