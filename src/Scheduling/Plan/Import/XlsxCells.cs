using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>Reads spreadsheet cells as text (shared strings, inline strings, numbers, booleans) keyed by column index.</summary>
internal sealed class XlsxCells
{
    private readonly List<string> sharedStrings;

    public XlsxCells(WorkbookPart workbook)
    {
        sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToList() ?? [];
    }

    /// <summary>The non-empty cells of a row, by zero-based column index (A = 0).</summary>
    public Dictionary<int, XlsxValue> Row(Row row)
    {
        var values = new Dictionary<int, XlsxValue>();
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
            next = column + 1;
            var value = Value(cell);
            if (value is not null && value.Text.Trim().Length > 0)
            {
                values[column] = value;
            }
        }

        return values;
    }

    private XlsxValue? Value(Cell cell)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count
                ? new XlsxValue(sharedStrings[i], null)
                : null;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? new XlsxValue(ItemText(inline), null) : null;
        }

        if (type == CellValues.Boolean)
        {
            return new XlsxValue(raw == "1" ? "Ja" : "Nei", null);
        }

        if (raw is null)
        {
            return null;
        }

        var number = type is null || type == CellValues.Number
            ? double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : (double?)null
            : null;
        return new XlsxValue(raw, number);
    }

    /// <summary>Plain or rich text, without the phonetic hints some East Asian files carry.</summary>
    private static string ItemText(DocumentFormat.OpenXml.OpenXmlElement item)
    {
        var text = new StringBuilder();
        foreach (var element in item.ChildElements)
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case Run run:
                    text.Append(run.Text?.Text);
                    break;
                default:
                    break;
            }
        }

        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
