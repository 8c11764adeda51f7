using DocumentFormat.OpenXml;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Filing.Word;
using SkoleUtvikling.Cards.Mellomarbeid;

namespace SkoleUtvikling.Bot.Features.Mellomarbeid;

/// <summary>
/// Agreement and feedback as one Word document in the veilederteam's archive:
/// <c>Mellomarbeid/&lt;skole&gt;/Runde N.docx</c>. Built when it is filed, from the feedback as sent.
/// </summary>
public sealed class MellomarbeidDocuments(MellomarbeidRounds rounds) : IFilingDocumentSource
{
    private static readonly FilingPolicy Policy = new(MellomarbeidTexts.Folder);

    public string Kind => MellomarbeidService.DocumentKind;

    public async Task<FilingDocument?> LoadAsync(string tenantId, string subjectId, CancellationToken cancellationToken)
    {
        if (await rounds.RoundAsync(tenantId, subjectId, cancellationToken) is not { } round
            || (await rounds.AnswerAsync(round, cancellationToken))?.LatestDelivered is not { } sent)
        {
            return null;
        }

        return new FilingDocument(PathOf(round.Agreement), Word(round.Agreement, MellomarbeidService.Feedback(round, sent)));
    }

    public static FilingPath PathOf(MellomarbeidAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        // A school name with nothing a folder can be named (".."): a fixed folder rather than a failed filing.
        var folder = agreement.SchoolName.Trim().Trim('.', '~').Trim().Length > 0 ? agreement.SchoolName : MellomarbeidTexts.UnnamedSchool;
        return Policy.PathFor(folder, MellomarbeidTexts.FileName(agreement.Round));
    }

    /// <summary>The agreement (§5.2) then the school's feedback point by point and its wished focus.</summary>
    public static byte[] Word(MellomarbeidAgreement agreement, MellomarbeidFeedback feedback)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(feedback);
        var body = new List<OpenXmlElement>
        {
            WordParagraphs.Heading($"{MellomarbeidCardTexts.AgreementHeading} – {MellomarbeidCardTexts.Title(agreement.SchoolName, agreement.Round)}", WordStyles.Title),
            WordParagraphs.Fact(MellomarbeidCardTexts.AgreedLabel, MellomarbeidCards.Date(agreement.AgreedOn)),
            WordParagraphs.Fact(MellomarbeidCardTexts.DeadlineLabel, MellomarbeidCards.Date(agreement.Deadline)),
            WordParagraphs.Fact(MellomarbeidCardTexts.NextDateLabel, MellomarbeidCardTexts.NextVeiledning(MellomarbeidCards.Date(agreement.NextDate), agreement.NextTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))),
            WordParagraphs.Fact(MellomarbeidCardTexts.FromLabel, agreement.WrittenBy),
            WordParagraphs.Heading(MellomarbeidCardTexts.PointsLabel, WordStyles.Heading1),
        };
        body.AddRange(agreement.Points.Select((p, i) => WordParagraphs.Plain(MellomarbeidCardTexts.Point(i + 1, p))));
        Section(body, MellomarbeidCardTexts.ReadingLabel, agreement.Reading);
        Section(body, MellomarbeidCardTexts.ThemeLabel, agreement.Theme);
        body.Add(WordParagraphs.Heading(MellomarbeidCardTexts.FeedbackSentHeading, WordStyles.Heading1));
        body.Add(WordParagraphs.Fact(MellomarbeidCardTexts.SentByLabel, $"{feedback.SentBy}, {feedback.SentAt}"));
        for (var i = 0; i < feedback.Points.Count; i++)
        {
            body.Add(WordParagraphs.Heading(MellomarbeidCardTexts.Point(i + 1, feedback.Points[i].Point), WordStyles.Heading2));
            body.AddRange(Lines(feedback.Points[i].HowWorked));
            if (feedback.Points[i].Participants.Length > 0)
            {
                body.Add(WordParagraphs.Fact(MellomarbeidCardTexts.Participants(i + 1), feedback.Points[i].Participants));
            }
        }

        Section(body, MellomarbeidCardTexts.FocusLabel, feedback.Focus);
        return WordPackage.Render(body);
    }

    private static void Section(List<OpenXmlElement> body, string heading, string text)
    {
        if (text.Length > 0)
        {
            body.Add(WordParagraphs.Heading(heading, WordStyles.Heading2));
            body.AddRange(Lines(text));
        }
    }

    private static IEnumerable<OpenXmlElement> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(line => WordParagraphs.Plain(line));
}
