using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Reflection;

/// <summary>
/// The channel post of a round: how many delivered, never who or what. «Skriv refleksjonsnotat»
/// opens the form as a Teams dialog (task/fetch).
/// </summary>
public static class ReflectionCountCard
{
    public static JsonObject Build(ReflectionCountModel model) => CardElements.Card(
        CardElements.Heading(ReflectionTexts.CountHeading),
        CardElements.Text(model.Title, bold: true),
        CardElements.Facts([(ReflectionTexts.MeetingLabel, model.Meeting), (ReflectionTexts.DeadlineLabel, model.Deadline)]),
        CardElements.Text(ReflectionTexts.Delivered(model.Delivered, model.Expected), bold: true),
        CardActions.ActionSet(new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = ReflectionTexts.Write,
            ["data"] = new JsonObject
            {
                ["msteams"] = new JsonObject { ["type"] = "task/fetch" },
                [ActionIds.VerbField] = ActionIds.ReflectionOpen,
                [ReflectionFields.RoundId] = model.RoundId,
            },
        }));
}
