using System.Globalization;

namespace SkoleUtvikling.Cards.Forms;

/// <summary>
/// Checks one field's raw answer. <c>complete</c> is «Send inn»: required fields and minimum lengths count;
/// a draft checks only what would be wrong whenever it is sent (too long, not a date, out of range).
/// </summary>
internal static class FormCardChecks
{
    public static (FormCardAnswer? Answer, IReadOnlyList<FormCardError> Errors) Check(FormCardField field, string raw, bool complete)
    {
        if (field.Kind == FormFieldKind.Points)
        {
            return Points(field, raw, complete);
        }

        var text = raw.Trim();
        if (text.Length == 0)
        {
            return (null, complete && field.Required ? [new FormCardError(field.Id, FormCardErrorKind.Missing, Limit(field.MinLength))] : []);
        }

        var (answer, error) = field.Kind switch
        {
            FormFieldKind.ShortText or FormFieldKind.LongText => Text(field, text, complete),
            FormFieldKind.Date => Date(field, text),
            FormFieldKind.Time => Time(field, text),
            FormFieldKind.Number => Number(field, text),
            _ => Choice(field, text),
        };
        return (answer, error is null ? [] : [error]);
    }

    private static (FormCardAnswer?, FormCardError?) Text(FormCardField field, string text, bool complete)
    {
        if (complete && field.MinLength is { } min && text.Length < min)
        {
            return (null, new FormCardError(field.Id, FormCardErrorKind.TooShort, Limit(min)));
        }

        return field.MaxLength is { } max && text.Length > max
            ? (null, new FormCardError(field.Id, FormCardErrorKind.TooLong, Limit(max)))
            : (new FormCardAnswer(field.Id, field.Kind, text), null);
    }

    private static (FormCardAnswer?, FormCardError?) Date(FormCardField field, string text)
    {
        if (!FormCardFormat.TryDate(text, out var date))
        {
            return (null, Wrong(field, FormCardErrorKind.NotADate, text));
        }

        if (date < field.MinDate)
        {
            return (null, new FormCardError(field.Id, FormCardErrorKind.DateTooEarly, FormCardFormat.Date(field.MinDate)));
        }

        return date > field.MaxDate
            ? (null, new FormCardError(field.Id, FormCardErrorKind.DateTooLate, FormCardFormat.Date(field.MaxDate)))
            : (new FormCardAnswer(field.Id, field.Kind, FormCardFormat.WireOf(date)) { Date = date }, null);
    }

    private static (FormCardAnswer?, FormCardError?) Time(FormCardField field, string text)
    {
        if (!FormCardFormat.TryTime(text, out var time))
        {
            return (null, Wrong(field, FormCardErrorKind.NotATime, text));
        }

        if (time < field.MinTime)
        {
            return (null, new FormCardError(field.Id, FormCardErrorKind.TimeTooEarly, FormCardFormat.Time(field.MinTime)));
        }

        return time > field.MaxTime
            ? (null, new FormCardError(field.Id, FormCardErrorKind.TimeTooLate, FormCardFormat.Time(field.MaxTime)))
            : (new FormCardAnswer(field.Id, field.Kind, FormCardFormat.WireOf(time)) { Time = time }, null);
    }

    private static (FormCardAnswer?, FormCardError?) Number(FormCardField field, string text)
    {
        if (!FormCardFormat.TryNumber(text, out var number))
        {
            return (null, Wrong(field, FormCardErrorKind.NotANumber, text));
        }

        if (field.WholeNumber && number != decimal.Truncate(number))
        {
            return (null, new FormCardError(field.Id, FormCardErrorKind.NotAWholeNumber));
        }

        if (number < field.MinNumber)
        {
            return (null, new FormCardError(field.Id, FormCardErrorKind.NumberTooSmall, FormCardFormat.Number(field.MinNumber)));
        }

        return number > field.MaxNumber
            ? (null, new FormCardError(field.Id, FormCardErrorKind.NumberTooLarge, FormCardFormat.Number(field.MaxNumber)))
            : (new FormCardAnswer(field.Id, field.Kind, FormCardFormat.WireOf(number)) { Number = number }, null);
    }

    private static (FormCardAnswer?, FormCardError?) Choice(FormCardField field, string text)
    {
        var picked = field.MultiSelect
            ? text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)
            : [text];
        var known = field.Choices.Where(c => picked.Contains(c.Value)).Select(c => c.Value).ToList();
        return known.Count != picked.Count || known.Count == 0
            ? (null, new FormCardError(field.Id, FormCardErrorKind.NotAChoice))
            : (new FormCardAnswer(field.Id, field.Kind, string.Join(',', known)) { Items = known }, null);
    }

    private static (FormCardAnswer?, IReadOnlyList<FormCardError>) Points(FormCardField field, string raw, bool complete)
    {
        var points = FormCardPoints.Split(raw).Select(p => p.Trim()).ToList();
        if (points.Count == 0)
        {
            return (null, complete && field.Required ? [new FormCardError(field.Id, FormCardErrorKind.NoPoints)] : []);
        }

        var errors = points
            .Select((point, i) => (point, number: i + 1))
            .Where(p => p.point.Length > field.MaxLength)
            .Select(p => new FormCardError(field.Id, FormCardErrorKind.TooLong, Limit(field.MaxLength), p.number))
            .ToList();
        return errors.Count > 0
            ? (null, errors)
            : (new FormCardAnswer(field.Id, field.Kind, FormCardPoints.Join(points)) { Items = points }, []);
    }

    /// <summary>A format error quoting (a short piece of) what was sent, so the person sees what was wrong.</summary>
    private static FormCardError Wrong(FormCardField field, FormCardErrorKind kind, string text) =>
        new(field.Id, kind, Message: text.Length > 20 ? text[..20] + "…" : text);

    private static string? Limit(int? limit) => limit?.ToString(CultureInfo.InvariantCulture);
}
