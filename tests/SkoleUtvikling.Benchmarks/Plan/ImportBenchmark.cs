using System.Diagnostics;
using SkoleUtvikling.Scheduling.Plan.Import;
using SkoleUtvikling.Tests.Unit.Scheduling.Plan.Import.Fixtures;

namespace SkoleUtvikling.Benchmarks.Plan;

/// <summary>Import time of the 002 calendar and of a generated plan of <c>rows</c> rows.</summary>
public static class ImportBenchmark
{
    public static string Run(int rows)
    {
        var importer = new DocxPlanImporter(TimeProvider.System);
        var fixture = Plan002Calendar.Build();
        importer.Import(new MemoryStream(fixture), Plan002Calendar.FileName); // JIT and regexes
        var small = Time(() => importer.Import(new MemoryStream(fixture), Plan002Calendar.FileName), 20);
        var large = LargePlan.Build(rows);
        var watch = Stopwatch.StartNew();
        var result = importer.Import(new MemoryStream(large), "stor-plan.docx");
        watch.Stop();
        return $"import: 002 fixture ({fixture.Length:N0} bytes, 36 events) median {small:N1} ms; " +
               $"{rows:N0}-row plan ({large.Length:N0} bytes, {result.Events.Count:N0} events) {watch.Elapsed.TotalMilliseconds:N0} ms";
    }

    private static double Time(Action action, int runs)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[runs / 2];
    }
}
