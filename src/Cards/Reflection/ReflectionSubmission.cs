using System.Text.Json;
using SkoleUtvikling.Cards.Forms;

namespace SkoleUtvikling.Cards.Reflection;

/// <summary>
/// Reads a submitted reflection form from an Action.Submit <c>value</c> (flat), an
/// <c>adaptiveCard/action</c> invoke <c>value</c> (<c>action.data</c>) or a dialog's
/// <c>task/submit</c> invoke <c>value</c> (<c>data</c>), through <see cref="FormCardSubmission"/>.
/// Never throws on user input.
/// </summary>
public static class ReflectionSubmission
{
    public static ReflectionSubmissionResult Parse(JsonElement value, IReadOnlyList<ReflectionQuestion> formFields)
    {
        ArgumentNullException.ThrowIfNull(formFields);
        var parsed = FormCardSubmission.Parse(value, ReflectionForm.ForParsing(formFields));
        var roundId = parsed.Data.GetValueOrDefault(ReflectionFields.RoundId)?.Trim();
        var errors = parsed.Errors
            .Select(e => ReflectionForm.FromForm(e, formFields.First(q => string.Equals(q.Id, e.FieldId, StringComparison.Ordinal))))
            .ToList();
        var answers = parsed.Answers.Select(a => new ReflectionAnswer(a.FieldId, a.Text)).ToList();
        var input = errors.Count == 0 && !string.IsNullOrEmpty(roundId) ? new ReflectionInput(roundId, answers) : null;
        return new ReflectionSubmissionResult(string.IsNullOrEmpty(roundId) ? null : roundId, input, errors, parsed.Typed);
    }
}
