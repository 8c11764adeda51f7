using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Reflection;

/// <summary>
/// A round's public view: how many delivered, never who or what. «Skriv refleksjonsnotat» opens the
/// form as a Teams dialog (task/fetch); clients without dialogs send it as a plain submit, and the bot
/// then puts the form in the person's 1:1 chat. The lesebestilling post carries <see cref="Section"/>.
/// </summary>
public static class ReflectionCountCard
{
    public static JsonObject Build(ReflectionCountModel model) => CardElements.Card([
        CardElements.Heading(ReflectionCardTexts.CountHeading),
        CardElements.Text(model.Title, bold: true),
        CardElements.Facts([(ReflectionCardTexts.MeetingLabel, model.Meeting)]),
        .. Section(model)]);

    /// <summary>The deadline, the count and the button, to put under any post that opens a round.</summary>
    public static IReadOnlyList<JsonNode> Section(ReflectionCountModel model) =>
    [
        .. model.ShowTitle ? [CardElements.Text(model.Title, bold: true)] : Array.Empty<JsonNode>(),
        CardElements.Facts([(ReflectionCardTexts.DeadlineLabel, model.Deadline)]),
        CardElements.Text(ReflectionCardTexts.Delivered(model.Delivered, model.Expected), bold: true),
        CardActions.ActionSet(new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = ReflectionCardTexts.Write,
            ["data"] = new JsonObject
            {
                ["msteams"] = new JsonObject { ["type"] = "task/fetch" },
                [ActionIds.VerbField] = ActionIds.ReflectionOpen,
                [ReflectionFields.RoundId] = model.RoundId,
            },
        }),
    ];

    /// <summary>
    /// Under a flexible meeting's post in the programme's channel when each nettverksgruppe has its own round
    /// (issue 15): where the notes are written instead.
    /// </summary>
    public static IReadOnlyList<JsonNode> WrittenInGroups(int groups) => [CardElements.Text(ReflectionCardTexts.WrittenInGroups(groups))];
}
