using System.Diagnostics;
using SkoleUtvikling.Scheduling.Plan.Import;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;
using Xunit.Abstractions;

namespace SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import;

/// <summary>
/// Import of the 002 fixture and of a generated 10,000-row plan. Times are written to the test output for
/// the record, never asserted: this machine is shared, and a timing assertion would only be flaky.
/// </summary>
public class DocxPlanImporterScaleTests(ITestOutputHelper output)
{
    private const int Rows = 10_000;
    private static readonly DateTimeOffset Now = new(2020, 5, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_002_fixture_imports_and_its_time_is_reported()
    {
        var docx = Plan002Calendar.Build();
        DocxPlanImporterTests.Import(docx, Now); // warm-up: JIT and the regexes

        var watch = Stopwatch.StartNew();
        var result = DocxPlanImporterTests.Import(docx, Now);
        watch.Stop();

        Assert.Equal(36, result.Events.Count);
        output.WriteLine($"002 fixture: {docx.Length:N0} bytes, {result.Events.Count} events, import {watch.Elapsed.TotalMilliseconds:N1} ms");
    }

    [Fact]
    public void A_plan_of_ten_thousand_rows_imports_completely_and_its_time_is_reported()
    {
        var build = Stopwatch.StartNew();
        var docx = LargePlan.Build(Rows);
        build.Stop();

        var watch = Stopwatch.StartNew();
        var result = DocxPlanImporterTests.Import(docx, Now, "stor-plan.docx");
        watch.Stop();

        Assert.False(result.IsRejected, string.Join("; ", result.Errors));
        Assert.Equal(Rows, result.Events.Count);
        Assert.Equal(Rows, result.Events.Select(e => e.Key).Distinct().Count());
        Assert.Empty(result.Warnings);
        output.WriteLine(
            $"{Rows:N0}-row plan: {docx.Length:N0} bytes, generated in {build.Elapsed.TotalMilliseconds:N0} ms, "
            + $"imported in {watch.Elapsed.TotalMilliseconds:N0} ms ({watch.Elapsed.TotalMilliseconds * 1000 / Rows:N0} µs per row)");
    }
}
