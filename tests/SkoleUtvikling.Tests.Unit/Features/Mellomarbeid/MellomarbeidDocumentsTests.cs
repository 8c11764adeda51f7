using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SkoleUtvikling.Bot.Features.Mellomarbeid;
using SkoleUtvikling.Cards.Mellomarbeid;
using SkoleUtvikling.Tests.Unit.Cards;

namespace SkoleUtvikling.Tests.Unit.Features.Mellomarbeid;

public sealed class MellomarbeidDocumentsTests
{
    [Fact]
    public void The_document_is_filed_per_school_and_round_and_a_school_name_cannot_leave_its_folder()
    {
        var nordby = MellomarbeidDocuments.PathOf(MellomarbeidCardSamples.Agreement(2));
        var hostile = MellomarbeidDocuments.PathOf(MellomarbeidCardSamples.Agreement(2) with { SchoolName = "../../Andre/skole" });

        Assert.Equal("Mellomarbeid/Nordby skole/Runde 3.docx", nordby.ToString());
        Assert.Equal(3, hostile.Segments.Count());
        Assert.Equal("Mellomarbeid", hostile.Folders[0]);
        Assert.DoesNotContain('/', hostile.Folders[1]);
        Assert.DoesNotContain('\\', hostile.Folders[1]);
        Assert.Equal("Mellomarbeid/Skole uten navn/Runde 3.docx", MellomarbeidDocuments.PathOf(MellomarbeidCardSamples.Agreement(2) with { SchoolName = " .. " }).ToString());
    }

    [Fact]
    public void Agreement_then_feedback_point_by_point_every_word_kept_and_the_same_bytes_each_time()
    {
        var agreement = MellomarbeidCardSamples.Agreement(2, length: 10);
        var feedback = MellomarbeidCardSamples.Feedback(2, MellomarbeidCards.MaxFeedbackLength);

        var first = MellomarbeidDocuments.Word(agreement, feedback);
        var paragraphs = Paragraphs(first);

        Assert.Equal(first, MellomarbeidDocuments.Word(agreement, feedback));
        var point1 = paragraphs.IndexOf(MellomarbeidCardTexts.Point(1, agreement.Points[0]));
        var feedbackHeading = paragraphs.IndexOf(MellomarbeidCardTexts.FeedbackSentHeading);
        Assert.True(point1 >= 0 && feedbackHeading > point1, string.Join("\n", paragraphs));
        Assert.Contains(new string('ø', MellomarbeidCards.MaxFeedbackLength), paragraphs);
        Assert.Contains(agreement.Reading, paragraphs);
        Assert.Contains(feedback.Focus, paragraphs);
    }

    private static List<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return [.. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)))];
    }
}
