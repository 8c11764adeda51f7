using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SkoleUtvikling.Scheduling.Plan.Import;

/// <summary>
/// Reads one Word table cell as lines: each paragraph is a line, and a manual line break starts a new one.
/// Text split over runs is joined; deleted revisions are left out; hyperlinks (relationship or HYPERLINK
/// field) are kept with the line they are on.
/// </summary>
internal static partial class DocxCell
{
    public static CellText Read(TableCell cell, IReadOnlyDictionary<string, Uri> hyperlinks)
    {
        var lines = new List<CellLine>();
        foreach (var paragraph in cell.Descendants<Paragraph>())
        {
            ReadParagraph(paragraph, hyperlinks, lines);
        }

        return new CellText(lines);
    }

    private static void ReadParagraph(Paragraph paragraph, IReadOnlyDictionary<string, Uri> hyperlinks, List<CellLine> lines)
    {
        var text = new StringBuilder();
        var links = new List<Uri>();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case Break br when br.Type is null || br.Type.Value == BreakValues.TextWrapping:
                case CarriageReturn:
                    Flush(text, links, lines);
                    break;
                case Hyperlink { Id.Value: { } id } when hyperlinks.TryGetValue(id, out var uri):
                    links.Add(uri);
                    break;
                case FieldCode code when HyperlinkField().Match(code.Text) is { Success: true } field
                    && Uri.TryCreate(field.Groups["uri"].Value, UriKind.Absolute, out var fieldUri):
                    links.Add(fieldUri);
                    break;
                default:
                    break;
            }
        }

        Flush(text, links, lines);
    }

    private static void Flush(StringBuilder text, List<Uri> links, List<CellLine> lines)
    {
        lines.Add(new CellLine(text.ToString(), [.. links]));
        text.Clear();
        links.Clear();
    }

    [GeneratedRegex(@"HYPERLINK\s+""(?<uri>[^""]+)""")]
    private static partial Regex HyperlinkField();
}
