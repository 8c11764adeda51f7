using System.Text.Json.Nodes;
using SkoleUtvikling.Cards.Common;

namespace SkoleUtvikling.Cards.Forms;

/// <summary>The elements of one field: its input(s), its errors right below, then its help text.</summary>
internal static class FormCardInputs
{
    public static IEnumerable<JsonNode> Field(FormCardModel model, FormCardField field)
    {
        var value = model.Values.GetValueOrDefault(field.Id);
        var errors = model.Errors.Where(e => string.Equals(e.FieldId, field.Id, StringComparison.Ordinal))
            .Select(e => (JsonNode)FormCard.ErrorText(FormCardTexts.Error(e)));
        if (field.Kind == FormFieldKind.Points)
        {
            return PointsField(model, field, value, errors);
        }

        var elements = new List<JsonNode> { Input(field, value, model.ClientChecksRequired) };
        elements.AddRange(errors);
        if (!string.IsNullOrWhiteSpace(field.Help))
        {
            elements.Add(HelpText(field.Help));
        }

        return elements;
    }

    private static List<JsonNode> PointsField(FormCardModel model, FormCardField field, string? value, IEnumerable<JsonNode> errors)
    {
        var label = CardElements.Text(field.Label + (field.Required ? FormCardTexts.RequiredMark : ""), bold: true);
        var elements = new List<JsonNode> { label };
        if (!string.IsNullOrWhiteSpace(field.Help))
        {
            elements.Add(HelpText(field.Help));
        }

        var points = FormCardPoints.Split(value);
        var slots = model.SlotsOf(field);
        for (var n = 1; n <= slots; n++)
        {
            var input = Start("Input.Text", FormCardIds.Point(field.Id, n), FormCardTexts.Point(n));
            input["errorMessage"] = FormCardTexts.Error(new FormCardError(field.Id, FormCardErrorKind.TooLong, field.MaxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture), n));
            input["maxLength"] = field.MaxLength;
            SetPlaceholder(input, field);
            if (n <= points.Count)
            {
                input["value"] = points[n - 1];
            }

            input["spacing"] = "Small";
            elements.Add(input);
        }

        elements.AddRange(errors);
        if (model.Verbs.MorePoints is { } verb && slots < field.MaxPoints)
        {
            elements.Add(FormCardButtons.MorePoints(model, field, verb, slots));
        }

        return elements;
    }

    private static JsonObject Input(FormCardField field, string? value, bool clientChecksRequired)
    {
        var input = field.Kind switch
        {
            FormFieldKind.ShortText or FormFieldKind.LongText => Text(field),
            FormFieldKind.Date => Start("Input.Date", FormCardIds.Input(field.Id), field.Label),
            FormFieldKind.Time => Start("Input.Time", FormCardIds.Input(field.Id), field.Label),
            FormFieldKind.Number => Start("Input.Number", FormCardIds.Input(field.Id), field.Label),
            _ => Start("Input.ChoiceSet", FormCardIds.Input(field.Id), field.Label),
        };
        if (field.Required)
        {
            if (clientChecksRequired)
            {
                input["isRequired"] = true;
            }
            else
            {
                input["label"] = field.Label + FormCardTexts.RequiredMark;
            }
        }

        input["errorMessage"] = field.InputErrorMessage ?? FormCardTexts.InputError(field);
        switch (field.Kind)
        {
            case FormFieldKind.ShortText or FormFieldKind.LongText:
                input["maxLength"] = field.MaxLength;
                SetPlaceholder(input, field);
                SetValue(input, string.IsNullOrEmpty(value) ? null : value);
                break;
            case FormFieldKind.Date:
                SetLimits(input, FormCardFormat.WireOf, field.MinDate, field.MaxDate);
                SetValue(input, value is not null && FormCardFormat.TryDate(value.Trim(), out var date) ? FormCardFormat.WireOf(date) : null);
                break;
            case FormFieldKind.Time:
                SetLimits(input, FormCardFormat.WireOf, field.MinTime, field.MaxTime);
                SetValue(input, value is not null && FormCardFormat.TryTime(value.Trim(), out var time) ? FormCardFormat.WireOf(time) : null);
                break;
            case FormFieldKind.Number:
                Number(input, field, value);
                break;
            default:
                Choices(input, field, value);
                break;
        }

        return input;
    }

    private static JsonObject Text(FormCardField field)
    {
        var input = Start("Input.Text", FormCardIds.Input(field.Id), field.Label);
        if (field.Kind == FormFieldKind.LongText)
        {
            input["isMultiline"] = true;
        }

        return input;
    }

    private static void Number(JsonObject input, FormCardField field, string? value)
    {
        SetPlaceholder(input, field);
        if (field.MinNumber is { } min)
        {
            input["min"] = min;
        }

        if (field.MaxNumber is { } max)
        {
            input["max"] = max;
        }

        // Input.Number holds a number; text that is none cannot be shown in it (its error names it instead).
        if (value is not null && FormCardFormat.TryNumber(value.Trim(), out var number))
        {
            input["value"] = number;
        }
    }

    private static void Choices(JsonObject input, FormCardField field, string? value)
    {
        input["style"] = field.Choices.Count <= 5 ? "expanded" : "compact";
        if (field.MultiSelect)
        {
            input["isMultiSelect"] = true;
        }

        input["choices"] = new JsonArray([.. field.Choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]);
        var picked = (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var known = field.Choices.Where(c => picked.Contains(c.Value)).Select(c => c.Value).ToList();
        SetValue(input, known.Count == 0 ? null : string.Join(',', field.MultiSelect ? known : known.Take(1)));
    }

    private static JsonObject Start(string type, string id, string label) => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["label"] = label,
    };

    private static void SetPlaceholder(JsonObject input, FormCardField field)
    {
        if (!string.IsNullOrEmpty(field.Placeholder))
        {
            input["placeholder"] = field.Placeholder;
        }
    }

    private static void SetValue(JsonObject input, string? value)
    {
        if (value is not null)
        {
            input["value"] = value;
        }
    }

    private static void SetLimits<T>(JsonObject input, Func<T, string> wire, T? min, T? max)
        where T : struct
    {
        if (min is { } low)
        {
            input["min"] = wire(low);
        }

        if (max is { } high)
        {
            input["max"] = wire(high);
        }
    }

    private static JsonObject HelpText(string help)
    {
        var block = CardElements.Text(help, subtle: true);
        block["size"] = "Small";
        block["spacing"] = "None";
        return block;
    }
}
