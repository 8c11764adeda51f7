using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Messaging;

/// <summary>Shapes of the activities the bot sends. Text and a card go as separate activities (protocol.md §5).</summary>
public static class OutgoingActivities
{
    public static Activity Text(string markdown) => new()
    {
        Type = ActivityTypes.Message,
        Text = markdown,
        TextFormat = "markdown",
    };

    public static Activity Card(JsonObject card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [Attachment.AdaptiveCard(card)],
    };
}
