using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

/// <summary>
/// Writes a development plan's calendar table as a real .docx, the way Word stores it. Each string in a
/// cell is a paragraph; "\n" inside one is a manual line break (Shift+Enter); "&lt;mailto:...&gt;" or
/// "&lt;https://...&gt;" is a hyperlink showing the address. "Kl. " and the "Lesebestilling/oppgave:" label
/// are runs of their own (bold label), as Word splits text at formatting changes. <see cref="Continue"/> as a
/// week or date (or as a whole cell of a <see cref="RawRow"/>) makes that cell a vertical merge with the cell above.
/// <see cref="DateLayout"/> says where a row's date goes: a column of its own under an "UKE" spanning two columns
/// (five columns), after the week in the week cell ("Uke 44 29.oktober", four columns), or as the first line of
/// the TID/FAGOMRÅDE/PROGRAM cell with the time, programme and room below it (four columns, as seed 002's header).
/// </summary>
internal sealed partial class PlanDocxBuilder
{
    public const string Continue = "\u0000continue";

    private static readonly int[] StandardWidths = [700, 1300, 2600, 3600, 1800];

    private readonly List<Action<MainDocumentPart, Table>> rows = [];
    private readonly DateLayout layout;
    private readonly int? rawColumns;

    public PlanDocxBuilder(bool weekAndDateInOneCell = false)
        : this(weekAndDateInOneCell ? DateLayout.InWeekCell : DateLayout.OwnColumn)
    {
    }

    public PlanDocxBuilder(DateLayout layout, int? rawColumns = null)
    {
        this.layout = layout;
        this.rawColumns = rawColumns;
    }

    public enum DateLayout
    {
        OwnColumn,
        InWeekCell,
        FirstLineOfSchedule,
    }

    /// <summary>A table of any number of columns, written with <see cref="RawRow"/> only.</summary>
    public static PlanDocxBuilder Raw(int columns) => new(DateLayout.OwnColumn, columns);

    private bool FourColumns => layout != DateLayout.OwnColumn;

    private int Columns => rawColumns ?? (FourColumns ? 4 : 5);

    /// <summary>The plan's header: "UKE" spans the week and date columns.</summary>
    public PlanDocxBuilder Header() =>
        Add((_, table) => table.Append(new TableRow(
            new TableRowProperties(new TableHeader()),
            Cell(null, ["UKE"], span: FourColumns ? 1 : 2),
            Cell(null, ["TID/FAGOMRÅDE/PROGRAM"]),
            Cell(null, ["UTVIKLINGSPLAN - TEMA OG OPPGAVER"]),
            Cell(null, ["DELTAGERE/ANSVAR"]))));

    /// <summary>A full-width row: a month or term heading ("HØSTEN 2020") or a note ("I denne perioden: ...").</summary>
    public PlanDocxBuilder Heading(params string[] lines) =>
        Add((main, table) => table.Append(new TableRow(Cell(main, lines, span: Columns))));

    public PlanDocxBuilder Row(string week, string date, string[] schedule, string[] topic, string[] participants) =>
        Add((main, table) =>
        {
            var row = new TableRow();
            if (layout == DateLayout.FirstLineOfSchedule)
            {
                row.Append(MergeableCell(main, table, 0, week));
                schedule = date.Length > 0 ? [date, .. schedule] : schedule;
            }
            else if (FourColumns)
            {
                row.Append(Cell(main, [$"{week} {date}".Trim()]));
            }
            else
            {
                row.Append(MergeableCell(main, table, 0, week), MergeableCell(main, table, 1, date));
            }

            row.Append(Cell(main, schedule), Cell(main, topic), Cell(main, participants));
            table.Append(row);
        });

    /// <summary>A row with exactly these cells, for layouts the standard row cannot express.</summary>
    public PlanDocxBuilder RawRow(params string[][] cells) =>
        Add((main, table) => table.Append(new TableRow(cells.Select((c, i) => c is [Continue] ? MergeableCell(main, table, i, Continue) : Cell(main, c)))));

    public byte[] Build(string? textBeforeTable = "Kalender og milepæler")
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            if (textBeforeTable is not null)
            {
                body.Append(Paragraph(main, textBeforeTable));

                // A table that is not the calendar, as plans have them (Målgruppe).
                body.Append(new Table(
                    new TableProperties(new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" }),
                    new TableGrid(new GridColumn { Width = "3000" }, new GridColumn { Width = "6000" }),
                    new TableRow(Cell(main, ["Kommunalsjef Utdanning/Oppvekst:"]), Cell(main, ["Bianca Halvorsen"]))));
                body.Append(Paragraph(main, string.Empty));
            }

            int[] widths = rawColumns is { } n ? [.. Enumerable.Repeat(10000 / n, n)] : FourColumns ? [2000, .. StandardWidths[2..]] : StandardWidths;
            var table = new Table(
                new TableProperties(
                    new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4 },
                        new LeftBorder { Val = BorderValues.Single, Size = 4 },
                        new BottomBorder { Val = BorderValues.Single, Size = 4 },
                        new RightBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
                new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
            foreach (var row in rows)
            {
                row(main, table);
            }

            body.Append(table);
            body.Append(new SectionProperties(new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }));
        }

        return stream.ToArray();
    }

    private PlanDocxBuilder Add(Action<MainDocumentPart, Table> row)
    {
        rows.Add(row);
        return this;
    }

    private static TableCell MergeableCell(MainDocumentPart main, Table table, int column, string text)
    {
        if (text != Continue)
        {
            return Cell(main, [text]);
        }

        // Mark the cell above as the start of the merge unless it already continues one.
        var above = table.Elements<TableRow>().Last().Elements<TableCell>().ElementAt(column);
        var properties = above.TableCellProperties ?? above.PrependChild(new TableCellProperties());
        properties.VerticalMerge ??= new VerticalMerge { Val = MergedCellValues.Restart };
        return new TableCell(new TableCellProperties(new VerticalMerge()), new Paragraph());
    }

    private static TableCell Cell(MainDocumentPart? main, string[] paragraphs, int span = 1)
    {
        var cell = new TableCell();
        if (span > 1)
        {
            cell.Append(new TableCellProperties(new GridSpan { Val = span }));
        }

        foreach (var text in paragraphs.Length == 0 ? [string.Empty] : paragraphs)
        {
            cell.Append(Paragraph(main, text));
        }

        return cell;
    }

    private static Paragraph Paragraph(MainDocumentPart? main, string text)
    {
        var paragraph = new Paragraph();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                paragraph.Append(new Run(new Break()));
            }

            AppendLine(main, paragraph, lines[i]);
        }

        return paragraph;
    }

    private static void AppendLine(MainDocumentPart? main, Paragraph paragraph, string line)
    {
        const string Label = "Lesebestilling/oppgave:";
        if (line.StartsWith(Label, StringComparison.Ordinal))
        {
            paragraph.Append(new Run(new RunProperties(new Bold()), TextOf(Label)));
            line = line[Label.Length..];
        }
        else if (line.StartsWith("Kl. ", StringComparison.Ordinal))
        {
            paragraph.Append(new Run(TextOf("Kl. ")));
            line = line[4..];
        }

        var position = 0;
        foreach (Match link in Link().Matches(line))
        {
            paragraph.Append(new Run(TextOf(line[position..link.Index])));
            var uri = new Uri(link.Groups["uri"].Value);
            var display = uri.Scheme == Uri.UriSchemeMailto ? link.Groups["uri"].Value["mailto:".Length..] : link.Groups["uri"].Value;
            var relationship = main!.AddHyperlinkRelationship(uri, isExternal: true);
            paragraph.Append(new Hyperlink(new Run(
                new RunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single }),
                TextOf(display)))
            { Id = relationship.Id });
            position = link.Index + link.Length;
        }

        if (position < line.Length)
        {
            paragraph.Append(new Run(TextOf(line[position..])));
        }
    }

    private static Text TextOf(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    [GeneratedRegex(@"<(?<uri>(mailto:|https?://)[^>]+)>")]
    private static partial Regex Link();
}
