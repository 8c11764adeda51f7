using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Plan;

/// <summary>The posts the bot makes in a programme's channel: lesebestilling, reminder, call for saker, saksliste.</summary>
public static class MeetingPostCard
{
    public static JsonObject Build(MeetingPostModel model)
    {
        var facts = new List<(string, string)> { (PlanCardTexts.WhenLabel, model.When) };
        if (model.FlexibleWindow is not null)
        {
            facts.Add((PlanCardTexts.WindowLabel, model.FlexibleWindow));
        }

        if (model.Room is not null)
        {
            facts.Add((PlanCardTexts.RoomLabel, model.Room));
        }

        if (model.Participants.Count > 0)
        {
            facts.Add((PlanCardTexts.ParticipantsLabel, string.Join(", ", model.Participants)));
        }

        if (model.Deadline is not null)
        {
            facts.Add((PlanCardTexts.DeadlineLabel, model.Deadline));
        }

        var body = new List<JsonNode>
        {
            CardElements.Heading(PlanCardTexts.Heading(model.Kind, model.Programme)),
            CardElements.Text(model.Title, bold: true),
        };
        if (model.Topic is not null)
        {
            body.Add(CardElements.Text(model.Topic, subtle: true));
        }

        body.Add(CardElements.Facts(facts));
        body.Add(CardElements.Text(PlanCardTexts.Lead(model.Kind)));
        if (model.Lesebestilling is not null && model.Kind is MeetingPostKind.Lesebestilling or MeetingPostKind.Reminder)
        {
            body.Add(CardElements.Container("emphasis",
                CardElements.Text(PlanCardTexts.LesebestillingLabel, bold: true),
                CardElements.Text(model.Lesebestilling)));
        }

        if (model.Links.Count > 0)
        {
            body.Add(CardActions.ActionSet([.. model.Links.Take(5).Select(l => CardActions.OpenUrl(l.Title, l.Url))]));
        }

        foreach (var section in model.Sections ?? [])
        {
            body.Add(section.DeepClone());
        }

        return CardElements.Card([.. body]);
    }
}
