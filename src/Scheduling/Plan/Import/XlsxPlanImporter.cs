using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Imports a plan written in the .xlsx template (see <see cref="XlsxPlanTemplate"/>): the sheet "Kalender"
/// (or the first sheet), the template's headers in row 1 in any order, one event per row. Dates and times
/// may be real Excel dates or text; a row with only a heading such as "Høst 2020" in its first cell sets the
/// year for dates written without one. Row numbers are the sheet's own.
/// </summary>
public sealed class XlsxPlanImporter(TimeProvider timeProvider, PlanImportLimits? limits = null) : IPlanImporter
{
    public IReadOnlyList<string> Extensions { get; } = [".xlsx"];

    public PlanImportResult Import(Stream content, string fileName, CancellationToken cancellationToken = default) =>
        OpenXmlImport.Run(content, fileName, timeProvider, limits ?? PlanImportLimits.Default, PlanImportTexts.NotAnXlsx, (stream, interpreter) =>
        {
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            if (document.WorkbookPart is not { } workbook || Sheet(workbook) is not { } sheet)
            {
                return false;
            }

            Read(sheet, new XlsxCells(workbook), interpreter);
            return true;
        }, cancellationToken);

    private static WorksheetPart? Sheet(WorkbookPart workbook)
    {
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = sheets.Find(s => string.Equals(s.Name?.Value, XlsxTemplateTexts.CalendarSheet, StringComparison.OrdinalIgnoreCase))
            ?? sheets.FirstOrDefault();
        return sheet?.Id?.Value is { } id ? workbook.GetPartById(id) as WorksheetPart : null;
    }

    private static void Read(WorksheetPart sheet, XlsxCells cells, PlanRowInterpreter interpreter)
    {
        var rows = sheet.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>().ToList() ?? [];
        var columns = rows.Count > 0 ? HeaderColumns(rows[0], cells) : [];
        if (!columns.ContainsKey(XlsxColumn.Date) || !columns.ContainsKey(XlsxColumn.Title))
        {
            if (!XlsxCalendarSheet.TryRead(rows, cells, interpreter))
            {
                interpreter.Fail(1, XlsxTemplateTexts.MissingHeader);
            }

            return;
        }

        foreach (var row in rows.Skip(1))
        {
            if (interpreter.IsFull)
            {
                return;
            }

            var values = cells.Row(row);
            var number = (int)(row.RowIndex?.Value ?? 0);
            if (values.Count == 1 && values.TryGetValue(0, out var heading))
            {
                interpreter.Heading(CellText.Of(heading.Text));
                continue;
            }

            if (ToCalendarRow(number, values, columns, interpreter) is { } calendarRow)
            {
                interpreter.Row(calendarRow);
            }
        }
    }

    private static Dictionary<XlsxColumn, int> HeaderColumns(Row header, XlsxCells cells)
    {
        var byHeader = Enum.GetValues<XlsxColumn>().ToDictionary(c => XlsxTemplateTexts.Header(c), c => c, StringComparer.OrdinalIgnoreCase);
        var columns = new Dictionary<XlsxColumn, int>();
        foreach (var (index, value) in cells.Row(header))
        {
            if (byHeader.TryGetValue(value.Text.Trim(), out var column))
            {
                columns[column] = index;
            }
        }

        return columns;
    }

    private static CalendarRow? ToCalendarRow(int number, Dictionary<int, XlsxValue> values, Dictionary<XlsxColumn, int> columns, PlanRowInterpreter interpreter)
    {
        XlsxValue? Value(XlsxColumn column) =>
            columns.TryGetValue(column, out var index) && values.TryGetValue(index, out var value) ? value : null;
        CellText Text(XlsxColumn column) => Lines(Value(column)?.Text);
        int? Number(XlsxColumn column, out bool bad)
        {
            bad = false;
            var text = Value(column)?.Text.Trim();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0)
            {
                return n;
            }

            bad = true;
            interpreter.Warn(number, PlanImportTexts.Outcome(XlsxTemplateTexts.NotANumber(XlsxTemplateTexts.Header(column), text), PlanImportTexts.RowSkipped), PlanWarningKind.SkippedRow);
            return null;
        }

        var window = Number(XlsxColumn.WindowDays, out var badWindow);
        var saker = Number(XlsxColumn.SakerWeeksBefore, out var badSaker);
        var saksliste = Number(XlsxColumn.SakslisteWeeksBefore, out var badSaksliste);
        if (badWindow || badSaker || badSaksliste)
        {
            return null;
        }

        var first = Value(XlsxColumn.Date)?.AsDate();
        var last = Value(XlsxColumn.LastDate)?.AsDate();
        var date = string.IsNullOrEmpty(last) ? first ?? string.Empty : $"{first} - {last}";
        var start = Value(XlsxColumn.StartTime)?.AsTime();
        var end = Value(XlsxColumn.EndTime)?.AsTime();
        var schedule = string.IsNullOrEmpty(start) ? CellText.Empty : CellText.Of($"{start}-{(string.IsNullOrEmpty(end) ? start : end)}");
        var title = Value(XlsxColumn.Title)?.Text.Trim() ?? string.Empty;
        var topic = new CellText(new[] { title }.Concat(Text(XlsxColumn.Topic).Lines.Select(l => l.Text)).Select(t => new CellLine(t)));
        return new CalendarRow(number, Text(XlsxColumn.Week), CellText.Of(date), schedule, topic, Participants(Value(XlsxColumn.Participants)?.Text))
        {
            Programme = Text(XlsxColumn.Programme),
            Room = Text(XlsxColumn.Room),
            Lesebestilling = Text(XlsxColumn.Lesebestilling),
            Responsible = Text(XlsxColumn.Responsible),
            WindowDays = window,
            SakerDaysBefore = saker * 7,
            SakslisteDaysBefore = saksliste * 7,
        };
    }

    private static CellText Lines(string? text) =>
        string.IsNullOrEmpty(text) ? CellText.Empty : CellText.Of(text.Split('\n'));

    private static CellText Participants(string? text) =>
        string.IsNullOrEmpty(text) ? CellText.Empty : CellText.Of(text.Split('\n', ';'));
}
