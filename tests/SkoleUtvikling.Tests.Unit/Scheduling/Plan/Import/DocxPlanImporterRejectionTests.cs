using System.IO.Compression;
using System.Text;
using SkoleUtvikling.Scheduling.Plan.Import;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;
using static SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.PlanImportAssertions;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import;

/// <summary>
/// Only a file with no readable calendar is rejected, naming the file and the reason. A row that cannot be read is
/// a warning saying what became of it, and the rest of the plan is imported.
/// </summary>
public class DocxPlanImporterRejectionTests
{
    private const string File = "plan.docx";
    private static readonly DateTimeOffset Now = new(2020, 5, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_file_that_is_not_a_docx_is_rejected()
    {
        var result = Import(Encoding.UTF8.GetBytes("UKE;DATO;TEMA\n20;14.mai;Utviklingsplan\n"));

        AssertRejected(result, new PlanImportError(File, null, "filen er ikke et Word-dokument (.docx) som kan leses"));
        Assert.Equal("plan.docx: filen er ikke et Word-dokument (.docx) som kan leses", result.Errors[0].Text);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_rejected()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("hello.txt").Open());
            writer.Write("hei");
        }

        AssertRejected(Import(zip.ToArray()), new PlanImportError(File, null, PlanImportTexts.NotADocx));
    }

    [Fact]
    public void An_empty_file_is_rejected()
    {
        AssertRejected(Import([]), new PlanImportError(File, null, PlanImportTexts.NotADocx));
    }

    [Fact]
    public void A_docx_without_the_calendar_table_is_rejected()
    {
        var docx = new PlanDocxBuilder().RawRow(["Navn"], ["Rolle"]).RawRow(["Bianca Halvorsen"], ["Kommunalsjef"]).Build();

        AssertRejected(Import(docx), new PlanImportError(File, null, PlanImportTexts.NoCalendarTable));
    }

    [Fact]
    public void A_calendar_table_without_events_is_rejected()
    {
        var docx = new PlanDocxBuilder().Header().Heading("HØSTEN 2020").Row("Uke 32", "", [], [], []).Build();

        AssertRejected(Import(docx), new PlanImportError(File, null, "fant ingen hendelser i kalendertabellen"));
    }

    [Fact]
    public void A_row_with_an_unreadable_date_is_taken_as_its_week_and_the_rest_is_imported()
    {
        var docx = Calendar(
            ("Uke 20", "14.mai", "Kl. 13.00-15.00 KULG"),
            ("Uke 21", "20.mia", "Kl. 09.00-10.30 KULG"));

        var result = Accepted(Import(docx));

        Assert.Equal(["2020-05-14", "2020-05-18..2020-05-22"], result.Events.Select(Dates));
        Assert.Equal(["Rad 4: leste ikke «20.mia» som dato; raden er tatt med som uke 21"], result.Warnings.Select(w => w.Text));
        Assert.Equal(PlanWarningKind.DateError, result.Warnings[0].Kind);
    }

    [Fact]
    public void Every_unreadable_row_is_listed_with_what_became_of_it()
    {
        var docx = Calendar(
            ("Uke 20", "14.mai", "KULG"),
            ("Uke 9", "30. februar", "KULG"),
            ("Uke 21", "20. mai", "Kl. 25.00-26.00 KULG"),
            ("Uke 22", "28.05 - 20.05", "KULG"),
            ("Uke 60", "28.mai", "KULG"),
            ("Uke 23", "4. juni", "Kl. 15.00-13.00 KULG"));

        var result = Accepted(Import(docx));

        Assert.Equal(
            [
                (3, "2020-05-14", (string?)null),
                (4, "2020-02-24..2020-02-28", null),
                (5, "2020-05-20", null),
                (6, "2020-05-25..2020-05-29", null),
                (8, "2020-06-04", null),
            ],
            result.Events.Select(e => (e.SourceRow, Dates(e), Time(e))));
        Assert.Equal(
            [
                "Rad 4: «30. februar» er ikke en gyldig dato; raden er tatt med som uke 9",
                "Rad 5: leste ikke «Kl. 25.00-26.00 KULG» som klokkeslett; raden er tatt med uten klokkeslett",
                "Rad 6: sluttdatoen 20. mai 2020 er før startdatoen 28. mai 2020; raden er tatt med som uke 22",
                "Rad 7: leste ikke «Uke 60» som ukenummer; raden er hoppet over",
                "Rad 8: leste ikke «Kl. 15.00-13.00 KULG» som klokkeslett; raden er tatt med uten klokkeslett",
                "1 møte før i dag er tatt med som historikk",
            ],
            result.Warnings.Select(w => w.Text));
    }

    [Fact]
    public void A_file_whose_only_row_cannot_be_read_is_rejected_with_the_row_and_reason()
    {
        var docx = new PlanDocxBuilder().Header().Row("Uke 20", "14.mai", ["KULG"], ["Utviklingsplan"], []).Build();

        var result = Import(docx);

        Assert.True(result.IsRejected);
        Assert.Empty(result.Events);
        Assert.Equal(
            [
                "plan.docx: fant ingen hendelser i kalendertabellen",
                "plan.docx, rad 2: vet ikke hvilket år «14.mai» gjelder; sett inn en overskrift med årstall (som «Høst 2020») over raden; raden er hoppet over",
            ],
            result.Errors.Select(e => e.Text));
    }

    private static byte[] Calendar(params (string Week, string Date, string Schedule)[] rows)
    {
        var builder = new PlanDocxBuilder().Header().Heading("MAI – JUNI - 2020");
        foreach (var (week, date, schedule) in rows)
        {
            builder.Row(week, date, [schedule], ["Utviklingsplan 2020-2021"], ["Kommunalsjef"]);
        }

        return builder.Build();
    }

    private static PlanImportResult Import(byte[] bytes) => DocxPlanImporterTests.Import(bytes, Now, File);

    private static void AssertRejected(PlanImportResult result, PlanImportError expected)
    {
        Assert.True(result.IsRejected);
        Assert.Empty(result.Events);
        Assert.Empty(result.Warnings);
        Assert.Equal([expected], result.Errors);
    }
}
