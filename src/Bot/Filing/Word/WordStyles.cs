using DocumentFormat.OpenXml.Wordprocessing;

namespace SkoleUtvikling.Bot.Filing.Word;

/// <summary>The styles part: a body font and the headings Word's navigation pane shows.</summary>
internal static class WordStyles
{
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";

    public static Styles Build() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" },
                new FontSize { Val = "22" },
                new Languages { Val = "nb-NO" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Heading(Title, "Title", 0, "36"),
        Heading(Heading1, "heading 1", 0, "30"),
        Heading(Heading2, "heading 2", 1, "26"));

    private static Style Heading(string id, string name, int outlineLevel, string halfPoints) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new PrimaryStyle(),
        new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = outlineLevel }),
        new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints }))
    {
        Type = StyleValues.Paragraph,
        StyleId = id,
    };
}
