using System.Text;
using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Scheduling.Plan.Import;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import;

/// <summary>Files made to exhaust the importer are refused with the file and the reason, quickly, and give no events.</summary>
public class HostileFileTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 8, 1, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_docx_that_inflates_beyond_the_limit_is_refused()
    {
        var bomb = HostileFiles.ZipBombDocx();

        AssertRefused(new DocxPlanImporter(Clock).Import(new MemoryStream(bomb), "bombe.docx"), "bombe.docx", PlanImportTexts.TooLargeUnpacked(30L * 1024 * 1024));
        Assert.True(bomb.Length < 200 * 1024, $"{bomb.Length} bytes: the bomb must pass the download limit");
    }

    [Fact]
    public void An_xlsx_that_inflates_beyond_the_limit_is_refused()
    {
        AssertRefused(new XlsxPlanImporter(Clock).Import(new MemoryStream(HostileFiles.ZipBombXlsx()), "bombe.xlsx"), "bombe.xlsx", PlanImportTexts.TooLargeUnpacked(30L * 1024 * 1024));
    }

    [Fact]
    public void A_package_of_too_many_parts_is_refused()
    {
        AssertRefused(new DocxPlanImporter(Clock).Import(new MemoryStream(HostileFiles.ManyParts(1001)), "deler.docx"), "deler.docx", PlanImportTexts.TooManyParts(1000));
    }

    [Fact]
    public void A_docx_with_a_DTD_is_refused_before_any_entity_is_expanded()
    {
        var docx = HostileFiles.BillionLaughsDocx(Plan002Calendar.Build());

        AssertRefused(new DocxPlanImporter(Clock).Import(new MemoryStream(docx), "latter.docx"), "latter.docx", PlanImportTexts.DtdNotAllowed);
    }

    [Fact]
    public void More_rows_than_the_limit_refuse_the_file()
    {
        var docx = Plan002Calendar.Build();

        var result = new DocxPlanImporter(Clock, PlanImportLimits.Default with { MaxRows = 10 }).Import(new MemoryStream(docx), "plan.docx");

        AssertRefused(result, "plan.docx", PlanImportTexts.TooManyRows(10));
    }

    [Fact]
    public void More_events_than_the_limit_refuse_the_file()
    {
        var result = new IcsPlanImporter(Clock, PlanImportLimits.Default with { MaxEvents = 20 })
            .Import(new MemoryStream(Encoding.UTF8.GetBytes(HostileFiles.WeeklyIcs(30))), "plan.ics");

        AssertRefused(result, "plan.ics", PlanImportTexts.TooManyEvents(20));
    }

    [Fact]
    public void An_impossible_recurrence_rule_is_refused_instead_of_running_for_ever()
    {
        var result = new IcsPlanImporter(Clock).Import(new MemoryStream(Encoding.UTF8.GetBytes(HostileFiles.ImpossibleRecurrenceIcs())), "umulig.ics");

        AssertRefused(result, "umulig.ics", PlanImportTexts.EndlessRecurrence(4));
    }

    [Fact]
    public void A_cancelled_import_stops_with_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(
            () => new DocxPlanImporter(Clock).Import(new MemoryStream(Plan002Calendar.Build()), "plan.docx", cancelled.Token));
    }

    private static void AssertRefused(PlanImportResult result, string file, string reason)
    {
        Assert.True(result.IsRejected);
        Assert.Empty(result.Events);
        Assert.Equal([new PlanImportError(file, null, reason)], result.Errors);
    }
}
