using System.Globalization;
using System.Text.Json;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Forms;

/// <summary>
/// Reads a submitted form card from an Action.Submit <c>value</c> (flat), an <c>adaptiveCard/action</c>
/// invoke <c>value</c> (<c>action.data</c>) or a dialog's <c>task/submit</c> <c>value</c> (<c>data</c>).
/// Never throws on user input: a value of the wrong JSON type counts as empty, long text is capped,
/// every problem is a field error. «Send inn» checks everything; «Lagre utkast» lets required fields and
/// minimum lengths wait; «Flere punkter» and «Avbryt» check nothing.
/// </summary>
public static class FormCardSubmission
{
    public static FormCardResult Parse(JsonElement value, FormCardModel form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var data = SubmitData.Unwrap(value);
        var action = ActionOf(SubmitData.Text(data, ActionIds.VerbField), form.Verbs);
        var typed = new Dictionary<string, string>(StringComparer.Ordinal);
        var answers = new List<FormCardAnswer>();
        var errors = new List<FormCardError>();
        foreach (var field in form.Fields)
        {
            var raw = Raw(data, field);
            typed[field.Id] = raw;
            if (action is FormCardAction.Submit or FormCardAction.Draft)
            {
                var checkedField = FormCardChecks.Check(field, raw, complete: action == FormCardAction.Submit);
                errors.AddRange(checkedField.Errors);
                if (checkedField.Errors.Count == 0 && checkedField.Answer is { } answer)
                {
                    answers.Add(answer);
                }
            }
        }

        var result = new FormCardResult(action, typed, errors.Count == 0 ? answers : [], errors, OwnData(data), Capped(SubmitData.Text(data, FormCardIds.Version), FormCardLimits.DataValueCap));
        return action == FormCardAction.MorePoints ? result with { MorePoints = MorePoints(data, form) } : result;
    }

    private static FormCardAction ActionOf(string? verb, FormCardVerbs verbs) =>
        verb is null ? FormCardAction.Submit
        : verb == verbs.Draft ? FormCardAction.Draft
        : verb == verbs.Cancel ? FormCardAction.Cancel
        : verb == verbs.MorePoints ? FormCardAction.MorePoints
        : FormCardAction.Submit;

    /// <summary>A field's raw answer, capped; a points field's non-empty points one per line.</summary>
    private static string Raw(JsonElement? data, FormCardField field)
    {
        var cap = FormCardLimits.TypedCap(field);
        if (field.Kind != FormFieldKind.Points)
        {
            return Capped(SubmitData.Text(data, FormCardIds.Input(field.Id)), cap) ?? "";
        }

        var points = new List<string>();
        for (var n = 1; n <= field.MaxPoints; n++)
        {
            if (Capped(SubmitData.Text(data, FormCardIds.Point(field.Id, n)), cap) is { } point)
            {
                points.Add(point);
            }
        }

        return FormCardPoints.Join(points);
    }

    private static (string FieldId, int Slots)? MorePoints(JsonElement? data, FormCardModel form)
    {
        if (form.Field(SubmitData.Text(data, FormCardIds.PointsField) ?? "") is not { Kind: FormFieldKind.Points } field)
        {
            return null;
        }

        var shown = int.TryParse(Capped(SubmitData.Text(data, FormCardIds.PointSlots), FormCardLimits.ShortValueCap),
            NumberStyles.None, CultureInfo.InvariantCulture, out var slots) ? slots : field.InitialPoints;
        return (field.Id, Math.Min(Math.Clamp(shown, 0, field.MaxPoints) + FormCardLimits.MorePointsStep, field.MaxPoints));
    }

    /// <summary>The caller's own string data (not inputs, not ours), a bounded number of keys, each capped.</summary>
    private static Dictionary<string, string> OwnData(JsonElement? data)
    {
        var own = new Dictionary<string, string>(StringComparer.Ordinal);
        if (data is not { ValueKind: JsonValueKind.Object } obj)
        {
            return own;
        }

        foreach (var property in obj.EnumerateObject())
        {
            if (own.Count < FormCardLimits.MaxDataKeys && property.Value.ValueKind == JsonValueKind.String
                && FormCardIds.IsDataKey(property.Name) && property.Name.Length <= FormCardLimits.DataValueCap)
            {
                own[property.Name] = Capped(property.Value.GetString(), FormCardLimits.DataValueCap)!;
            }
        }

        return own;
    }

    private static string? Capped(string? text, int cap) => text is { Length: var length } && length > cap ? text[..cap] : text;
}
