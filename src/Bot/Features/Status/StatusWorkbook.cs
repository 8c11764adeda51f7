using System.IO.Compression;
using System.Security;
using System.Text;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Scheduling.Calendar;

namespace SkoleUtvikling.Bot.Features.Status;

/// <summary>
/// <c>rapport</c>: one round's status as an Excel workbook (.xlsx), one row per expected person with state,
/// first and last delivery (Oslo time), chases sent and the exemption reason. Hand-written SpreadsheetML
/// in a zip (System.IO.Compression), inline strings, fixed entry times: pure, the same status gives the
/// same bytes.
/// </summary>
public static class StatusWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

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
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", ContentTypes);
            Add(zip, "_rels/.rels", RootRels);
            Add(zip, "xl/workbook.xml", Workbook(StatusTexts.ReportSheet));
            Add(zip, "xl/_rels/workbook.xml.rels", WorkbookRels);
            Add(zip, "xl/styles.xml", Styles);
            Add(zip, "xl/worksheets/sheet1.xml", Sheet(rows));
        }

        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string xml)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTime;
        using var stream = entry.Open();
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(xml);
        stream.Write(bytes);
    }

    private static string Sheet(List<IReadOnlyList<object?>> rows)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        xml.Append("""<cols><col min="1" max="1" width="32" customWidth="1"/><col min="2" max="2" width="18" customWidth="1"/><col min="3" max="4" width="20" customWidth="1"/><col min="5" max="6" width="16" customWidth="1"/></cols><sheetData>""");
        for (var r = 0; r < rows.Count; r++)
        {
            xml.Append("<row r=\"").Append(r + 1).Append("\">");
            for (var c = 0; c < rows[r].Count; c++)
            {
                var reference = $"{(char)('A' + c)}{r + 1}";
                var style = r == 2 ? " s=\"1\"" : "";
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case int number:
                        xml.Append("<c r=\"").Append(reference).Append('"').Append(style).Append("><v>").Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("</v></c>");
                        break;
                    case var value:
                        xml.Append("<c r=\"").Append(reference).Append('"').Append(style).Append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                            .Append(SecurityElement.Escape(Clean(value.ToString() ?? ""))).Append("</t></is></c>");
                        break;
                }
            }

            xml.Append("</row>");
        }

        return xml.Append("</sheetData></worksheet>").ToString();
    }

    /// <summary>Characters XML 1.0 cannot hold (control characters in a name) are dropped.</summary>
    private static string Clean(string text) =>
        string.Concat(text.Where(ch => ch is '\t' or '\n' or '\r' || (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF)));

    private static string Workbook(string sheetName) =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="""
        + "\"" + SecurityElement.Escape(sheetName) + "\"" + """ sheetId="1" r:id="rId1"/></sheets></workbook>""";

    private const string ContentTypes = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";

    private const string RootRels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private const string WorkbookRels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""";

    /// <summary>Style 0 plain, style 1 bold (the header row).</summary>
    private const string Styles = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>""";
}
