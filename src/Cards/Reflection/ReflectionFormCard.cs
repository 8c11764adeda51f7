using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Reflection;

/// <summary>The reflection form, as a Teams dialog or inline in a 1:1 chat; also re-sent with field errors.</summary>
public static class ReflectionFormCard
{
    public static JsonObject Build(ReflectionFormModel model)
    {
        var body = new List<JsonNode>
        {
            CardElements.Heading(ReflectionTexts.FormHeading),
            CardElements.Text(model.Title, bold: true),
            CardElements.Facts([(ReflectionTexts.MeetingLabel, model.Meeting), (ReflectionTexts.DeadlineLabel, model.Deadline)]),
            CardElements.Text(ReflectionTexts.FormIntro, subtle: true),
        };
        if (model.Errors.Count > 0)
        {
            body.Add(ErrorText(ReflectionTexts.FixErrors));
        }

        foreach (var question in model.Questions)
        {
            body.Add(Input(question, model.Answers.GetValueOrDefault(question.Id)));
            body.AddRange(model.Errors.Where(e => e.QuestionId == question.Id).Select(e => ErrorText(ReflectionTexts.Error(e))));
        }

        var data = new Dictionary<string, string> { [ReflectionFields.RoundId] = model.RoundId };
        body.Add(CardActions.ActionSet(model.Surface == ReflectionFormSurface.Dialog
            ? CardActions.Submit(ReflectionTexts.Submit, ActionIds.ReflectionSubmit, data)
            : CardActions.Execute(ReflectionTexts.Submit, ActionIds.ReflectionSubmit, data)));
        return CardElements.Card([.. body]);
    }

    private static JsonObject Input(ReflectionQuestion question, string? answer)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = ReflectionFields.Answer(question.Id),
            ["label"] = question.Text,
            ["isMultiline"] = true,
            ["isRequired"] = true,
            ["errorMessage"] = ReflectionTexts.InputErrorMessage(question),
            ["maxLength"] = question.MaxLength,
            ["placeholder"] = ReflectionTexts.Placeholder,
        };
        if (!string.IsNullOrEmpty(answer))
        {
            input["value"] = answer;
        }

        return input;
    }

    private static JsonObject ErrorText(string text)
    {
        var block = CardElements.Text(text);
        block["color"] = "Attention";
        block["spacing"] = "None";
        return block;
    }
}
