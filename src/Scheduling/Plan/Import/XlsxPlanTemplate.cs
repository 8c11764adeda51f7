using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Writes the .xlsx plan template ("mal") that <see cref="XlsxPlanImporter"/> reads: a "Kalender" sheet with
/// the headers, optionally filled with events (so an imported plan can be handed back as a spreadsheet),
/// and a "Veiledning" sheet explaining each column in bokmål.
/// </summary>
public static class XlsxPlanTemplate
{
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint WrapStyle = 3;

    private static readonly XlsxColumn[] Columns = Enum.GetValues<XlsxColumn>();

    public static void Write(Stream destination, IEnumerable<PlanEvent>? events = null)
    {
        ArgumentNullException.ThrowIfNull(destination);
        using var document = SpreadsheetDocument.Create(destination, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();

        var calendar = new SheetData(HeaderRow());
        uint rowIndex = 2;
        foreach (var planEvent in events ?? [])
        {
            calendar.Append(EventRow(rowIndex++, planEvent));
        }

        AddSheet(workbook, XlsxTemplateTexts.CalendarSheet, calendar, [6, 11, 11, 7, 7, 14, 40, 18, 50, 50, 30, 18, 12, 12, 12], freezeHeader: true);

        var help = new SheetData(Row(1, [Text("A", 1, "Kolonne", HeaderStyle), Text("B", 1, "Hva skal stå der", HeaderStyle)]));
        uint helpRow = 2;
        foreach (var column in Columns)
        {
            help.Append(Row(helpRow, [Text("A", helpRow, XlsxTemplateTexts.Header(column)), Text("B", helpRow, XlsxTemplateTexts.Help(column), WrapStyle)]));
            helpRow++;
        }

        AddSheet(workbook, XlsxTemplateTexts.HelpSheet, help, [30, 90], freezeHeader: false);
    }

    private static Row HeaderRow() =>
        Row(1, Columns.Select((c, i) => Text(Letter(i), 1, XlsxTemplateTexts.Header(c), HeaderStyle)));

    private static Row EventRow(uint row, PlanEvent e)
    {
        var cells = new List<Cell>();
        void Add(XlsxColumn column, string? text)
        {
            if (!string.IsNullOrEmpty(text))
            {
                cells.Add(Text(Letter((int)column), row, text, WrapStyle));
            }
        }

        void AddNumber(XlsxColumn column, double? value, uint style = 0)
        {
            if (value is { } number)
            {
                cells.Add(new Cell
                {
                    CellReference = $"{Letter((int)column)}{row}",
                    CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)),
                    StyleIndex = style == 0 ? null : style,
                });
            }
        }

        Add(XlsxColumn.Week, e.Weeks is { } w ? (w.First == w.Last ? $"{w.First}" : $"{w.First} - {w.Last}") : null);
        AddNumber(XlsxColumn.Date, e.FirstDate.ToDateTime(TimeOnly.MinValue).ToOADate(), DateStyle);
        AddNumber(XlsxColumn.LastDate, e.LastDate == e.FirstDate ? null : e.LastDate.ToDateTime(TimeOnly.MinValue).ToOADate(), DateStyle);
        Add(XlsxColumn.StartTime, e.StartTime?.ToString("HH\\.mm", CultureInfo.InvariantCulture));
        Add(XlsxColumn.EndTime, e.EndTime?.ToString("HH\\.mm", CultureInfo.InvariantCulture));
        Add(XlsxColumn.Programme, ProgrammeNames.Tag(e.Programme));
        Add(XlsxColumn.Title, e.Title);
        Add(XlsxColumn.Room, e.Room);
        Add(XlsxColumn.Topic, e.Topic);
        Add(XlsxColumn.Lesebestilling, e.Lesebestilling?.Text);
        Add(XlsxColumn.Participants, string.Join('\n', e.Participants));
        Add(XlsxColumn.Responsible, e.Responsible);
        AddNumber(XlsxColumn.WindowDays, e.Window?.DaysBefore);
        AddNumber(XlsxColumn.SakerWeeksBefore, e.Agenda is { } a ? a.SakerDaysBefore / 7 : null);
        AddNumber(XlsxColumn.SakslisteWeeksBefore, e.Agenda is { } b ? b.SakslisteDaysBefore / 7 : null);
        return Row(row, cells);
    }

    private static void AddSheet(WorkbookPart workbook, string name, SheetData data, int[] widths, bool freezeHeader)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var worksheet = new Worksheet();
        if (freezeHeader)
        {
            worksheet.Append(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0 }));
        }

        worksheet.Append(new DocumentFormat.OpenXml.Spreadsheet.Columns(widths.Select((w, i) => new Column
        {
            Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true,
        })));
        worksheet.Append(data);
        part.Worksheet = worksheet;
        var sheets = workbook.Workbook!.Sheets!;
        sheets.Append(new Sheet
        {
            Id = workbook.GetIdOfPart(part),
            SheetId = (uint)sheets.ChildElements.Count + 1,
            Name = name,
        });
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1, ApplyFont = true, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
        { Count = 4 });

    private static Row Row(uint index, IEnumerable<Cell> cells) => new(cells) { RowIndex = index };

    private static Cell Text(string column, uint row, string text, uint style = 0) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = $"{column}{row}",
        DataType = CellValues.InlineString,
        StyleIndex = style == 0 ? null : style,
    };

    private static string Letter(int index) => ((char)('A' + index)).ToString();
}
