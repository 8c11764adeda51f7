using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Finds the calendar table in a Word document (the first table whose first rows hold a header of
/// <see cref="DocxColumns"/>) and feeds its rows to the interpreter. Columns are found by their header text, so
/// their order and number may differ. A paragraph above the table naming a term and year ("Aktiviteter høst
/// 2020") sets the year for rows before the first heading.
/// Merged cells: a cell spanning columns fills each of them (the "UKE" header spans week and date); a
/// vertically merged cell repeats the text of the cell above; a row that is one cell across is a heading.
/// Row numbers count every row of the table, the header row being 1.
/// </summary>
internal static class DocxCalendarTable
{
    private const int HeaderSearchRows = 3;

    public static void Read(MainDocumentPart main, PlanRowInterpreter interpreter)
    {
        var hyperlinks = main.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri, StringComparer.Ordinal);
        var body = main.Document?.Body;
        var candidates = body is null
            ? []
            : body.Descendants<Table>().Select(t => (Table: t, Header: FindHeader(t, hyperlinks))).Where(c => c.Header is not null).ToList();
        if (candidates.Count == 0)
        {
            interpreter.Fail(null, PlanImportTexts.NoCalendarTable);
            return;
        }

        if (candidates.Count > 1)
        {
            interpreter.Warn(null, PlanImportTexts.MoreThanOneTable(candidates.Count));
        }

        var (table, header) = candidates[0];
        ReadTitlesAbove(body!, table, interpreter);

        var columns = header!.Value.Columns;
        var rows = RowsOf(table);
        var above = new Dictionary<int, CellText>();
        for (var index = header.Value.Index + 1; index < rows.Count && !interpreter.IsFull; index++)
        {
            var cells = GridCells(rows[index], hyperlinks, above);
            if (cells.Count == 0 || IsRepeatedHeader(cells, header.Value.Cells))
            {
                continue;
            }

            if (HeadingOf(cells) is { } heading)
            {
                interpreter.Heading(heading);
                continue;
            }

            interpreter.Row(columns.RowOf(index + 1, cells));
        }
    }

    /// <summary>One cell across the table, or a lone year heading ("HØSTEN 2020") in an otherwise empty row.</summary>
    private static CellText? HeadingOf(List<GridCell> cells)
    {
        if (cells.Count == 1 || (cells[0].Span >= 3 && cells.Skip(1).All(c => c.Text.IsEmpty)))
        {
            return cells[0].Text;
        }

        var filled = cells.Where(c => !c.Text.IsEmpty).Take(2).ToList();
        return filled.Count == 1 && YearContext.FromHeading(filled[0].Text) is not null ? filled[0].Text : null;
    }

    private static (int Index, DocxColumns Columns, IReadOnlyList<GridCell> Cells)? FindHeader(Table table, IReadOnlyDictionary<string, Uri> hyperlinks)
    {
        var rows = RowsOf(table);
        for (var i = 0; i < Math.Min(HeaderSearchRows, rows.Count); i++)
        {
            var cells = GridCells(rows[i], hyperlinks, []);
            if (DocxColumns.FromHeader(cells) is { } columns)
            {
                return (i, columns, cells);
            }
        }

        return null;
    }

    private static void ReadTitlesAbove(Body body, Table table, PlanRowInterpreter interpreter)
    {
        var top = table.Parent == body ? table : table.Ancestors().FirstOrDefault(a => a.Parent == body) ?? table;
        foreach (var element in body.ChildElements)
        {
            if (element == top)
            {
                return;
            }

            if (element is Paragraph paragraph)
            {
                interpreter.TitleAbove(paragraph.InnerText);
            }
        }
    }

    private static bool IsRepeatedHeader(List<GridCell> cells, IReadOnlyList<GridCell> header) =>
        cells.Count == header.Count && cells.Zip(header).All(p => p.First.Text.Joined == p.Second.Text.Joined);

    /// <summary>The table's own rows, also those wrapped in content controls, but not rows of nested tables.</summary>
    private static List<TableRow> RowsOf(Table table) =>
        [.. table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().First() == table)];

    private static List<GridCell> GridCells(TableRow row, IReadOnlyDictionary<string, Uri> hyperlinks, Dictionary<int, CellText> above)
    {
        var position = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
        var cells = new List<GridCell>();
        foreach (var cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row))
        {
            var properties = cell.TableCellProperties;
            var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
            var merge = properties?.VerticalMerge;
            var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
            var text = continues && above.TryGetValue(position, out var previous) ? previous : DocxCell.Read(cell, hyperlinks);
            cells.Add(new GridCell(position, span, text));
            above[position] = text;
            position += span;
        }

        return cells;
    }
}
