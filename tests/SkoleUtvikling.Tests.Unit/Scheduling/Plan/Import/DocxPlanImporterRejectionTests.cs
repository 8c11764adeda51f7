using System.IO.Compression;
using System.Text;
using SkoleUtvikling.Scheduling.Plan.Import;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import;

/// <summary>Files that cannot be read are rejected whole, naming the file, the row and the reason; never half a plan.</summary>
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
    public void A_row_with_an_unreadable_date_rejects_the_file_with_row_and_reason()
    {
        var docx = Calendar(
            ("Uke 20", "14.mai", "Kl. 13.00-15.00 KULG"),
            ("Uke 21", "20.mia", "Kl. 09.00-10.30 KULG"));

        var result = Import(docx);

        AssertRejected(result, new PlanImportError(File, 4, "kan ikke lese datoen «20.mia»"));
        Assert.Equal("plan.docx, rad 4: kan ikke lese datoen «20.mia»", result.Errors[0].Text);
    }

    [Fact]
    public void Every_unreadable_row_is_listed_so_one_round_of_fixes_is_enough()
    {
        var docx = Calendar(
            ("Uke 20", "14.mai", "KULG"),
            ("Uke 9", "30. februar", "KULG"),
            ("Uke 21", "20. mai", "Kl. 25.00-26.00 KULG"),
            ("Uke 22", "28.05 - 20.05", "KULG"),
            ("Uke 60", "28.mai", "KULG"));

        var result = Import(docx);

        Assert.True(result.IsRejected);
        Assert.Empty(result.Events);
        Assert.Equal(
            [
                "plan.docx, rad 4: «30. februar» er ikke en gyldig dato",
                "plan.docx, rad 5: kan ikke lese klokkeslettet «25.00-26.00»",
                "plan.docx, rad 6: sluttdatoen 20. mai 2020 er før startdatoen 28. mai 2020",
                "plan.docx, rad 7: kan ikke lese ukenummeret «Uke 60»",
            ],
            result.Errors.Select(e => e.Text));
    }

    [Fact]
    public void A_time_that_ends_before_it_starts_is_rejected()
    {
        var result = Import(Calendar(("Uke 20", "14.mai", "Kl. 15.00-13.00 KULG")));

        AssertRejected(result, new PlanImportError(File, 3, "klokkeslettet «15.00-13.00» slutter før det begynner"));
    }

    [Fact]
    public void A_date_without_a_year_heading_above_it_is_rejected()
    {
        var docx = new PlanDocxBuilder().Header().Row("Uke 20", "14.mai", ["KULG"], ["Utviklingsplan"], []).Build();

        AssertRejected(
            Import(docx),
            new PlanImportError(File, 2, "vet ikke hvilket år «14.mai» gjelder; sett inn en overskrift med årstall (som «Høst 2020») over raden"));
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
