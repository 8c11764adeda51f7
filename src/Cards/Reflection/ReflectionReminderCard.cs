using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Reflection;

/// <summary>
/// The private reminders of a round: to a participant who has not delivered (with «Skriv
/// refleksjonsnotat»), and after the deadline to its leaders (the count, who is missing, «Vis notater»).
/// </summary>
public static class ReflectionReminderCard
{
    public static JsonObject ForParticipant(ReflectionCountModel round) => CardElements.Card(
        CardElements.Heading(ReflectionCardTexts.ReminderHeading),
        CardElements.Text(ReflectionCardTexts.ReminderLead),
        CardElements.Text(round.Title, bold: true),
        CardElements.Facts([(ReflectionCardTexts.MeetingLabel, round.Meeting), (ReflectionCardTexts.DeadlineLabel, round.Deadline)]),
        CardActions.ActionSet(CardActions.Submit(ReflectionCardTexts.Write, ActionIds.ReflectionOpen,
            new Dictionary<string, string> { [ReflectionFields.RoundId] = round.RoundId })));

    public static JsonObject ForLeader(ReflectionCountModel round, IReadOnlyList<string> missing)
    {
        var body = new List<JsonNode>
        {
            CardElements.Heading(ReflectionCardTexts.EscalationHeading),
            CardElements.Text(round.Title, bold: true),
            CardElements.Facts([(ReflectionCardTexts.MeetingLabel, round.Meeting), (ReflectionCardTexts.DeadlineLabel, round.Deadline)]),
            CardElements.Text(ReflectionCardTexts.Delivered(round.Delivered, round.Expected), bold: true),
        };
        if (missing.Count > 0)
        {
            body.Add(CardElements.Text(ReflectionCardTexts.Missing(missing)));
        }

        body.Add(CardActions.ActionSet(CardActions.Execute(ReflectionCardTexts.ShowNotes, ActionIds.ReflectionRoundShow,
            new Dictionary<string, string> { [ReflectionFields.RoundId] = round.RoundId })));
        return CardElements.Card([.. body]);
    }
}
