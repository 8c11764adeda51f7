using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SkoleUtvikling.Bot.Features.Reflection.Documents;

namespace SkoleUtvikling.Tests.Unit.Features.Reflection.Documents;

public sealed class WordDocumentsTests
{
    private static NoteDocumentModel Kari(bool late = false) => new(
        "Refleksjonsnotat: Klasseledelse og relasjoner",
        "KULG 6. januar 2027",
        "Kari Nordmann",
        "tirsdag 5. januar 2027 kl. 21.14",
        late,
        [
            new("Hvilket budskap har denne teksten?", "Relasjoner før regler.\nDet gjelder også i 8. trinn.\n\nOg i fellestid."),
            new("Hvilken betydning har den for din praksis?", ""),
        ]);

    private static NoteDocumentModel Ola() => Kari() with
    {
        Author = "Ola Åsen",
        SubmittedAt = "onsdag 6. januar 2027 kl. 08.02",
        Answers = [new("Hvilket budskap har denne teksten?", "Struktur gir trygghet.")],
    };

    private static RoundDocumentModel Round(params string[] picked) => new(
        "Refleksjonsnotater: Klasseledelse og relasjoner", "KULG 6. januar 2027", "tirsdag 5. januar 2027 kl. 23.59", 12, [Kari(), Ola()], picked);

    private static List<(string Style, string Text, bool Bold)> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return [.. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => (
            p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "",
            string.Concat(p.Descendants<Text>().Select(t => t.Text)),
            p.Elements<Run>().Any(r => r.RunProperties?.Bold is not null)))];
    }

    [Fact]
    public void A_note_has_title_facts_bold_questions_and_one_paragraph_per_answer_line()
    {
        var paragraphs = Paragraphs(WordDocuments.Note(Kari()));

        Assert.Equal(("Title", "Refleksjonsnotat: Klasseledelse og relasjoner", false), paragraphs[0]);
        Assert.Equal("Møte: KULG 6. januar 2027", paragraphs[1].Text);
        Assert.Equal("Skrevet av: Kari Nordmann", paragraphs[2].Text);
        Assert.Equal("Levert: tirsdag 5. januar 2027 kl. 21.14", paragraphs[3].Text);
        Assert.Equal(
            [
                ("Hvilket budskap har denne teksten?", true),
                ("Relasjoner før regler.", false),
                ("Det gjelder også i 8. trinn.", false),
                ("", false),
                ("Og i fellestid.", false),
                ("Hvilken betydning har den for din praksis?", true),
                ("(ikke besvart)", false),
            ],
            paragraphs.Skip(4).Select(p => (p.Text, p.Bold)));
    }

    [Fact]
    public void A_late_note_says_so_beside_the_time()
    {
        var paragraphs = Paragraphs(WordDocuments.Note(Kari(late: true)));

        Assert.Equal("Levert: tirsdag 5. januar 2027 kl. 21.14 (levert etter fristen)", paragraphs[3].Text);
    }

    [Fact]
    public void A_round_lists_facts_count_plenum_picks_and_every_note_under_its_author()
    {
        var paragraphs = Paragraphs(WordDocuments.Round(Round("Ola Åsen")));
        var texts = paragraphs.Select(p => p.Text).ToList();

        Assert.Equal("Refleksjonsnotater: Klasseledelse og relasjoner", texts[0]);
        Assert.Equal("Frist: tirsdag 5. januar 2027 kl. 23.59", texts[2]);
        Assert.Equal("2 av 12 har levert", texts[3]);
        Assert.Equal([("Heading1", "Valgt til plenum"), ("", "• Ola Åsen"), ("Heading1", "Refleksjonsnotater"), ("Heading2", "Kari Nordmann")],
            paragraphs.Skip(4).Take(4).Select(p => (p.Style, p.Text)));
        var ola = texts.IndexOf("Ola Åsen");
        Assert.True(ola > texts.IndexOf("Og i fellestid."), "Ola's note comes after Kari's");
        Assert.Equal("Struktur gir trygghet.", texts[ola + 3]);
    }

    [Fact]
    public void A_round_without_picks_or_notes_says_so()
    {
        var texts = Paragraphs(WordDocuments.Round(Round() with { Notes = [] })).Select(p => p.Text).ToList();

        Assert.Contains("0 av 12 har levert", texts);
        Assert.Contains("Ingen er valgt til plenum ennå.", texts);
        Assert.Equal("Ingen har levert ennå.", texts[^1]);
    }

    [Fact]
    public void The_same_model_renders_to_the_same_bytes()
    {
        Assert.Equal(WordDocuments.Note(Kari()), WordDocuments.Note(Kari()));
        Assert.Equal(WordDocuments.Round(Round("Kari Nordmann")), WordDocuments.Round(Round("Kari Nordmann")));
        Assert.NotEqual(WordDocuments.Note(Kari()), WordDocuments.Note(Ola()));
    }

    [Fact]
    public void Control_characters_pasted_into_an_answer_are_dropped_instead_of_breaking_the_file()
    {
        var note = Kari() with { Answers = [new("Spørsmål", "før\u0001etter\u000b")] };

        var paragraphs = Paragraphs(WordDocuments.Note(note));

        Assert.Equal("føretter", paragraphs[^1].Text);
    }
}
