using System.Text.Json;
using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Archive;

/// <summary>
/// «Velg arkiv»: a leader picks which private channel of the team receives its filed documents.
/// Action.Submit with the verb <see cref="ActionIds.ArchiveChoose"/> and the chosen channel id.
/// </summary>
public static class ArchiveCard
{
    /// <summary>The input (and submitted field) carrying the chosen channel id.</summary>
    public const string ChannelField = "channelId";

    public static JsonObject Build(ArchiveCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<JsonNode>
        {
            CardElements.Heading(ArchiveCardTexts.Title),
            CardElements.Text(ArchiveCardTexts.Intro),
        };
        if (model.CurrentChannelName is { } current)
        {
            body.Add(CardElements.Text(ArchiveCardTexts.Current(current), subtle: true));
        }

        body.Add(new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = ChannelField,
            ["label"] = ArchiveCardTexts.ChannelLabel,
            ["placeholder"] = ArchiveCardTexts.ChannelPlaceholder,
            ["style"] = "compact",
            ["isRequired"] = true,
            ["errorMessage"] = ArchiveCardTexts.ChannelRequired,
            ["choices"] = new JsonArray([.. model.Channels.Select(c => (JsonNode)new JsonObject { ["title"] = c.Name, ["value"] = c.Id })]),
        });
        body.Add(CardActions.ActionSet(CardActions.Submit(ArchiveCardTexts.Choose, ActionIds.ArchiveChoose, new Dictionary<string, string>())));
        return CardElements.Card([.. body]);
    }

    /// <summary>The channel id a submit of this card carries, or null when it is not such a submit or no channel was chosen.</summary>
    public static string? ChosenChannelId(JsonElement? value) =>
        SubmitData.Verb(value) == ActionIds.ArchiveChoose && SubmitData.Field(value, ChannelField) is { Length: > 0 } id ? id : null;
}
