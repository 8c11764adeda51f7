using System.Text.Json;

namespace SkoleUtvikling.Cards.Reflection;

/// <summary>
/// Reads a submitted reflection form from an Action.Submit <c>value</c> (flat), an
/// <c>adaptiveCard/action</c> invoke <c>value</c> (<c>action.data</c>) or a dialog's
/// <c>task/submit</c> invoke <c>value</c> (<c>data</c>). Never throws on user input.
/// </summary>
public static class ReflectionSubmission
{
    public static ReflectionSubmissionResult Parse(JsonElement value, IReadOnlyList<ReflectionQuestion> formFields)
    {
        var data = Unwrap(value);
        var roundId = Text(data, ReflectionFields.RoundId)?.Trim();
        var typed = new Dictionary<string, string>(StringComparer.Ordinal);
        var answers = new List<ReflectionAnswer>();
        var errors = new List<ReflectionFieldError>();
        foreach (var question in formFields)
        {
            var raw = Text(data, ReflectionFields.Answer(question.Id)) ?? "";
            typed[question.Id] = raw;
            var answer = raw.Trim();
            var error = Check(question, answer);
            if (error is null)
            {
                answers.Add(new ReflectionAnswer(question.Id, answer));
            }
            else
            {
                errors.Add(error);
            }
        }

        var input = errors.Count == 0 && !string.IsNullOrEmpty(roundId) ? new ReflectionInput(roundId, answers) : null;
        return new ReflectionSubmissionResult(string.IsNullOrEmpty(roundId) ? null : roundId, input, errors, typed);
    }

    private static ReflectionFieldError? Check(ReflectionQuestion question, string answer)
    {
        if (answer.Length == 0)
        {
            return new ReflectionFieldError(question.Id, ReflectionErrorKind.Empty, question.MinLength);
        }

        if (answer.Length < question.MinLength)
        {
            return new ReflectionFieldError(question.Id, ReflectionErrorKind.TooShort, question.MinLength);
        }

        return answer.Length > question.MaxLength
            ? new ReflectionFieldError(question.Id, ReflectionErrorKind.TooLong, question.MaxLength)
            : null;
    }

    // Action.Execute nests the data under action.data; a dialog's task/submit under data (beside
    // context); Action.Submit sends it flat.
    private static JsonElement? Unwrap(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var actionData) && actionData.ValueKind == JsonValueKind.Object)
        {
            return actionData;
        }

        return !value.TryGetProperty(ReflectionFields.RoundId, out _)
            && value.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data
            : value;
    }

    private static string? Text(JsonElement? data, string name) =>
        data is { } obj && obj.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String ? field.GetString() : null;
}
