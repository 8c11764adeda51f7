using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SkoleUtvikling.Bot.Filing.Word;

/// <summary>
/// Writes paragraphs into a .docx package with the shared styles and A4 page. Pure: the same paragraphs
/// give the same bytes, so filing an unchanged document again leaves the archived file alone.
/// </summary>
internal static class WordPackage
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static byte[] Render(IEnumerable<OpenXmlElement> content)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Fixed relationship ids: the SDK would draw random ones and the bytes would differ per render.
            var main = document.AddNewPart<MainDocumentPart>(MainContentType, "rIdDocument");
            main.Document = new Document(new Body([.. content, WordParagraphs.PageSetup()]));
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            styles.Styles = WordStyles.Build();
        }

        return DeterministicZip.Normalize(stream.ToArray());
    }
}
