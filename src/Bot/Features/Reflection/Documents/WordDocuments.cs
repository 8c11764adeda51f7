using DocumentFormat.OpenXml;
using SkoleUtvikling.Bot.Filing.Word;

namespace SkoleUtvikling.Bot.Features.Reflection.Documents;

/// <summary>
/// Renders notes and rounds as Word documents (.docx). Pure: the same model gives the same bytes,
/// so filing an unchanged note again leaves the archived file alone.
/// </summary>
public static class WordDocuments
{
    public static byte[] Note(NoteDocumentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<OpenXmlElement> { WordParagraphs.Heading(model.Title, WordStyles.Title) };
        body.Add(WordParagraphs.Fact(ReflectionTexts.Document.Meeting, model.Meeting));
        body.Add(WordParagraphs.Fact(ReflectionTexts.Document.Author, model.Author));
        body.Add(WordParagraphs.Fact(ReflectionTexts.Document.SubmittedAt, Submitted(model)));
        body.AddRange(Answers(model.Answers));
        return Render(body);
    }

    public static byte[] Round(RoundDocumentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<OpenXmlElement> { WordParagraphs.Heading(model.Title, WordStyles.Title) };
        body.Add(WordParagraphs.Fact(ReflectionTexts.Document.Meeting, model.Meeting));
        body.Add(WordParagraphs.Fact(ReflectionTexts.Document.Deadline, model.Deadline));
        body.Add(WordParagraphs.Plain(ReflectionTexts.Document.Delivered(model.Notes.Count, model.Expected), bold: true));

        body.Add(WordParagraphs.Heading(ReflectionTexts.Document.PickedForPlenum, WordStyles.Heading1));
        body.AddRange(model.PickedForPlenumAuthors.Count == 0
            ? [WordParagraphs.Plain(ReflectionTexts.Document.NonePicked)]
            : model.PickedForPlenumAuthors.Select(a => WordParagraphs.Plain("• " + a)));

        body.Add(WordParagraphs.Heading(ReflectionTexts.Document.Notes, WordStyles.Heading1));
        if (model.Notes.Count == 0)
        {
            body.Add(WordParagraphs.Plain(ReflectionTexts.Document.NoNotes));
        }

        foreach (var note in model.Notes)
        {
            body.Add(WordParagraphs.Heading(note.Author, WordStyles.Heading2));
            body.Add(WordParagraphs.Fact(ReflectionTexts.Document.SubmittedAt, Submitted(note)));
            body.AddRange(Answers(note.Answers));
        }

        return Render(body);
    }

    private static string Submitted(NoteDocumentModel note) =>
        note.Late ? $"{note.SubmittedAt} {ReflectionTexts.Document.LateMark}" : note.SubmittedAt;

    private static IEnumerable<OpenXmlElement> Answers(IReadOnlyList<DocumentAnswer> answers)
    {
        foreach (var answer in answers)
        {
            yield return WordParagraphs.Plain(answer.Question, bold: true);
            var text = string.IsNullOrWhiteSpace(answer.Answer) ? ReflectionTexts.Document.EmptyAnswer : answer.Answer;
            foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
            {
                yield return WordParagraphs.Plain(line);
            }
        }
    }

    private static byte[] Render(IEnumerable<OpenXmlElement> content) => WordPackage.Render(content);
}
