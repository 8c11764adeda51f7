using DocumentFormat.OpenXml.Spreadsheet;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// A sheet that is not the template but a calendar as people type it into Excel (the Word plan's columns: UKE,
/// DATO, TID/FAGOMRÅDE/PROGRAM, TEMA, DELTAGERE/ANSVAR, or NÅR/HVA/HVEM): read by the same column names and rules
/// as the Word table (<see cref="DocxColumns"/>). The header may follow a few title rows, which can carry the
/// year; a row with only its first cell filled is a heading. Excel dates in the week and date columns and Excel
/// times in the time column are read as such.
/// </summary>
internal static class XlsxCalendarSheet
{
    private const int HeaderSearchRows = 3;

    // 1 January 2000 as an Excel serial: a smaller number in the week column is a week number, not a date.
    private const double FirstDateSerial = 36526;

    public static bool TryRead(IReadOnlyList<Row> rows, XlsxCells cells, PlanRowInterpreter interpreter)
    {
        for (var i = 0; i < Math.Min(HeaderSearchRows, rows.Count); i++)
        {
            if (DocxColumns.FromHeader(Grid(cells.Row(rows[i]), null)) is not { } columns)
            {
                continue;
            }

            foreach (var title in rows.Take(i).SelectMany(r => cells.Row(r).Values))
            {
                interpreter.TitleAbove(title.Text);
            }

            foreach (var row in rows.Skip(i + 1))
            {
                if (interpreter.IsFull)
                {
                    break;
                }

                var values = cells.Row(row);
                if (values.Count == 1 && values.TryGetValue(0, out var heading) && YearContext.FromHeading(CellText.Of(heading.Text)) is not null)
                {
                    interpreter.Heading(CellText.Of(heading.Text));
                    continue;
                }

                interpreter.Row(columns.RowOf((int)(row.RowIndex?.Value ?? 0), Grid(values, columns)));
            }

            return true;
        }

        return false;
    }

    private static List<GridCell> Grid(Dictionary<int, XlsxValue> values, DocxColumns? columns) =>
        [.. values.OrderBy(v => v.Key).Select(v => new GridCell(v.Key, 1, Lines(Text(v.Key, v.Value, columns))))];

    private static string Text(int column, XlsxValue value, DocxColumns? columns) =>
        columns is null ? value.Text
        : (column == columns.Date || column == columns.Week) && value.Number >= FirstDateSerial ? value.AsDate()
        : column == columns.Schedule && value.Number is >= 0 and < 1 ? value.AsTime()
        : value.Text;

    private static CellText Lines(string text) => CellText.Of(text.Split('\n'));
}
