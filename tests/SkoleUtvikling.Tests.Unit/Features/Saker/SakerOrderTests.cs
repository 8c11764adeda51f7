using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Features.Saker;
using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Tests.Unit.Features.Saker;

public sealed class SakerOrderTests
{
    private static readonly DateTimeOffset Monday = new(2020, 8, 17, 8, 0, 0, TimeSpan.Zero);

    private static Sak S(string id, int minutesAfter) =>
        new(id, id.ToUpperInvariant(), "Sak " + id, "Om " + id, "Presenter " + id, 15, Monday.AddMinutes(minutesAfter), Monday.AddMinutes(minutesAfter), 1);

    private static readonly Sak[] Sent = [S("a", 0), S("b", 1), S("c", 2), S("d", 3)];

    private static string Ids(IEnumerable<(Sak Sak, bool Dropped)> list) =>
        string.Concat(list.Select(e => e.Dropped ? e.Sak.AuthorId.ToUpperInvariant() : e.Sak.AuthorId));

    [Fact]
    public void Without_an_order_the_saker_come_as_they_were_sent_in()
    {
        Assert.Equal("abcd", Ids(SakerOrder.Arrange(Sent, new Dictionary<string, SakerOrder.OrderRow>())));
    }

    [Fact]
    public void Ordered_saker_come_first_and_new_ones_after_them()
    {
        var rows = new Dictionary<string, SakerOrder.OrderRow>
        {
            ["c"] = new() { AuthorId = "c", Position = 0 },
            ["a"] = new() { AuthorId = "a", Position = 1, Dropped = true },
        };

        Assert.Equal("cAbd", Ids(SakerOrder.Arrange(Sent, rows)));
    }

    [Theory]
    [InlineData("abcd", 1, SakerChange.MoveUp, "bacd")]
    [InlineData("abcd", 0, SakerChange.MoveUp, "abcd")]
    [InlineData("abcd", 3, SakerChange.MoveDown, "abcd")]
    [InlineData("abcd", 2, SakerChange.MoveDown, "abdc")]
    [InlineData("abcd", 1, SakerChange.Drop, "aBcd")]
    [InlineData("aBcd", 2, SakerChange.MoveUp, "cBad")]
    [InlineData("aBcd", 1, SakerChange.Restore, "abcd")]
    public void A_move_skips_dropped_saker_and_stays_inside_the_list(string before, int index, SakerChange change, string after)
    {
        var list = before.Select(ch => (Sent.Single(s => s.AuthorId == char.ToLowerInvariant(ch).ToString()), char.IsUpper(ch))).ToList();

        SakerOrder.Apply(list, index, change);

        Assert.Equal(after, Ids(list));
    }

    [Fact]
    public void The_deadline_is_the_end_of_the_day_three_weeks_before_the_meeting_in_Oslo()
    {
        var meeting = new PlanEvent
        {
            Key = "lp-2020-09-09", Programme = Programme.Lp, Title = "Møte i regional prosjektgruppe LP",
            FirstDate = new DateOnly(2020, 9, 9), LastDate = new DateOnly(2020, 9, 9),
            Agenda = new AgendaRule(21, 7, null, null),
        };

        // Wednesday 19 August 2020 ends at midnight Oslo summer time, 22.00 UTC.
        Assert.Equal(new DateTimeOffset(2020, 8, 19, 22, 0, 0, TimeSpan.Zero), SakerMeetingPosts.DeadlineOf(meeting));
    }

    [Fact]
    public void The_saksliste_document_numbers_the_saker_with_presenter_and_time()
    {
        var round = new SakerRound(new RoundRecord(
            new SkoleUtvikling.Bot.Collection.Round("s-1", "t", SakerRounds.Form, "lp-2020-09-09", "19:c", ["29:leader"], [], [], Monday, Monday.AddDays(2),
                SkoleUtvikling.Bot.Collection.LatePolicy.Locked),
            "Møte i regional prosjektgruppe LP", "Møte i regional prosjektgruppe LP · onsdag 09.09.2020", new DateOnly(2020, 9, 9), "19:team", "https://s", "post:x", []));

        var texts = Paragraphs(SakerDocuments.Word(round, [Sent[2], Sent[0]]));

        Assert.Equal("Saksliste – Møte i regional prosjektgruppe LP", texts[0]);
        Assert.Contains("1. Sak c", texts);
        Assert.Contains("2. Sak a", texts);
        Assert.Contains("Hvem legger fram saken?: Presenter c", texts);
        Assert.Contains("2 saker, 30 min til sammen", texts);
        Assert.Equal("Saker/2020-09-09 Møte i regional prosjektgruppe LP/Saksliste.docx", SakerDocuments.PathOf(round).ToString());
        Assert.Contains("Ingen saker er meldt inn.", Paragraphs(SakerDocuments.Word(round, [])));
        Assert.Equal(SakerDocuments.Word(round, Sent), SakerDocuments.Word(round, Sent));
    }

    private static List<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return [.. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)))];
    }
}
