using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SkoleUtvikling.Bot.Filing.Word;

/// <summary>The few paragraph shapes the filed documents use (every feature's Word documents share them).</summary>
internal static class WordParagraphs
{
    public static Paragraph Heading(string text, string styleId) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), TextRun(text, bold: false));

    public static Paragraph Plain(string text, bool bold = false) => new(TextRun(text, bold));

    /// <summary>"Label: value" with the label bold.</summary>
    public static Paragraph Fact(string label, string value) =>
        new(TextRun(label + ": ", bold: true), TextRun(value, bold: false));

    /// <summary>A4 portrait with 2.5 cm margins, as Norwegian schools print.</summary>
    public static SectionProperties PageSetup() => new(
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1417, Bottom = 1417, Left = 1417U, Right = 1417U, Header = 708U, Footer = 708U, Gutter = 0U });

    private static Run TextRun(string text, bool bold)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new Text(XmlSafe(text)) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters a pasted text may hold).</summary>
    private static string XmlSafe(string text)
    {
        if (text.All(c => !char.IsControl(c) || c == '\t'))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsControl(c) || c == '\t')
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }
}
