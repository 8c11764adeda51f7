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
        var data = ReflectionValue.Unwrap(value);
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

    private static string? Text(JsonElement? data, string name) => ReflectionValue.Text(data, name);
}
