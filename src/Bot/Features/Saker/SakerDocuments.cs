using DocumentFormat.OpenXml;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Filing.Word;
using SkoleUtvikling.Cards.Saker;

namespace SkoleUtvikling.Bot.Features.Saker;

/// <summary>
/// The saksliste as a Word document, filed beside the meeting's other documents:
/// <c>Saker/&lt;date meeting&gt;/Saksliste.docx</c>. Built when it is filed, from the saker in the
/// leader's order; the name is deterministic, so filing again replaces the same file.
/// </summary>
public sealed class SakerDocuments(SakerRounds rounds, SakerLeaderService leaders) : IFilingDocumentSource
{
    private static readonly FilingPolicy Policy = new(SakerTexts.Folder);

    public string Kind => SakerMeetingPosts.SakslisteKind;

    public async Task<FilingDocument?> LoadAsync(string tenantId, string subjectId, CancellationToken cancellationToken)
    {
        if (await rounds.RoundAsync(tenantId, subjectId, cancellationToken) is not { } round)
        {
            return null;
        }

        var saker = (await leaders.OrderedAsync(round, cancellationToken)).Where(e => !e.Dropped).Select(e => e.Sak).ToList();
        return new FilingDocument(PathOf(round), Word(round, saker));
    }

    public static FilingPath PathOf(SakerRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return Policy.PathFor(FilingPolicy.MeetingFolder(round.MeetingDate, round.Title), SakerTexts.SakslisteFile);
    }

    /// <summary>Title, the meeting, then each sak numbered with who presents, the time and its description.</summary>
    public static byte[] Word(SakerRound round, IReadOnlyList<Sak> saker)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(saker);
        var body = new List<OpenXmlElement>
        {
            WordParagraphs.Heading($"{SakerCardTexts.SakslisteHeading} – {round.Title}", WordStyles.Title),
            WordParagraphs.Fact(SakerCardTexts.MeetingLabel, round.Meeting),
        };
        if (saker.Count == 0)
        {
            body.Add(WordParagraphs.Plain(SakerCardTexts.Empty));
        }
        else
        {
            body.Add(WordParagraphs.Plain(SakerCardTexts.Total(saker.Count, saker.Sum(s => s.Minutes)), bold: true));
        }

        for (var i = 0; i < saker.Count; i++)
        {
            body.Add(WordParagraphs.Heading(SakerCardTexts.Numbered(i + 1, saker[i].Title), WordStyles.Heading1));
            body.Add(WordParagraphs.Fact(SakerCardTexts.PresenterLabel, saker[i].Presenter));
            body.Add(WordParagraphs.Fact(SakerCardTexts.MinutesLabel, SakerCardTexts.Minutes(saker[i].Minutes)));
            body.AddRange(saker[i].Description.ReplaceLineEndings("\n").Split('\n').Select(line => WordParagraphs.Plain(line)));
        }

        return WordPackage.Render(body);
    }
}
