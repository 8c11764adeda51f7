using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Filing.Word;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Bot.Features.Status;

/// <summary>
/// <c>rapport</c>: one round's status as an Excel workbook (.xlsx), one row per expected person with state,
/// first and last delivery (Oslo time), chases sent and the exemption reason. Written with the Open XML SDK
/// as the plan template is, inline strings, entry times fixed: pure, the same status gives the same bytes.
/// </summary>
public static class StatusWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const int HeaderRow = 2;
    private const uint BoldStyle = 1;
    private static readonly double[] Widths = [32, 18, 20, 20, 16, 16];

    public static byte[] Build(RoundStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { status.Round.Title, status.KindName, StatusTexts.ReportDeadline(OsloTime.Format(status.Round.Round.Deadline)) },
            new object?[] { StatusTexts.ReportSummary(status.Progress.Submitted, status.Progress.Expected, status.Missing.Count, status.Exempt) },
            StatusTexts.ReportHeaders,
        };
        rows.AddRange(status.People.Select(p => (IReadOnlyList<object?>)
        [
            p.Name,
            StatusTexts.StateName(p.State),
            p.FirstDelivered is { } first ? OsloTime.Format(first) : null,
            p.LastDelivered is { } last ? OsloTime.Format(last) : null,
            p.ChasesSent,
            p.ExemptReason,
        ]));

        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            // Fixed relationship ids, as in WordPackage: the SDK would draw random ones and the bytes would differ per build.
            var workbook = document.AddNewPart<WorkbookPart>(WorkbookContentType, "rIdWorkbook");
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Styles();
            var sheet = workbook.AddNewPart<WorksheetPart>("rIdSheet");
            sheet.Worksheet = new Worksheet(
                new Columns(Widths.Select((width, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true })),
                new SheetData(rows.Select((cells, r) => Row((uint)r + 1, cells, r == HeaderRow ? BoldStyle : 0))));
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = StatusTexts.ReportSheet });
        }

        // The package stamps its entries with the current time; the same status must give the same bytes.
        return DeterministicZip.Normalize(output.ToArray());
    }

    private static Row Row(uint index, IReadOnlyList<object?> values, uint style) =>
        new(values.Select((value, c) => Cell($"{(char)('A' + c)}{index}", value, style)).OfType<Cell>()) { RowIndex = index };

    private static Cell? Cell(string reference, object? value, uint style) => value switch
    {
        null => null,
        int number => new Cell { CellReference = reference, CellValue = new CellValue(number), StyleIndex = style == 0 ? null : style },
        _ => new Cell(new InlineString(new Text(Clean(value.ToString() ?? "")) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = style == 0 ? null : style,
        },
    };

    /// <summary>Characters XML 1.0 cannot hold (control characters in a name) are dropped.</summary>
    private static string Clean(string text) =>
        string.Concat(text.Where(ch => ch is '\t' or '\n' or '\r' || (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF)));

    /// <summary>Style 0 plain, style 1 bold (the header row).</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
}
