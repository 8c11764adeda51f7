using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SkoleUtvikling.Tests.Unit.Features.Status.Fixtures;

/// <summary>
/// Reads a workbook's first sheet the way an independent reader does (the Open XML SDK, validating the
/// package's parts and relationships): each row's cells A.. as text, null for an empty cell.
/// </summary>
public static class XlsxRows
{
    public static IReadOnlyList<string?[]> Read(byte[] xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx, writable: false), isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The package has no workbook.");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().First() ?? throw new InvalidDataException("The workbook has no sheet.");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var rows = new List<string?[]>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = row.Elements<Cell>().ToList();
            var width = cells.Count == 0 ? 0 : cells.Max(c => Column(c.CellReference!.Value!)) + 1;
            var values = new string?[width];
            foreach (var cell in cells)
            {
                values[Column(cell.CellReference!.Value!)] = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText : cell.CellValue?.Text;
            }

            rows.Add(values);
        }

        return rows;
    }

    private static int Column(string reference) => reference[0] - 'A';
}
