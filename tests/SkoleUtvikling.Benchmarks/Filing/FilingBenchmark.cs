using SkoleUtvikling.Bot.Features.Reflection;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Features.Reflection.Documents;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Testing.Filing;
using SkoleUtvikling.Testing.Graph;
using SkoleUtvikling.Testing.Outbox;

namespace SkoleUtvikling.Benchmarks.Filing;

/// <summary>
/// Word notes through the real filing worker and GraphFiler (app tokens from the loopback key server)
/// to the fake Graph, which answers 10 % of all requests 429 with Retry-After: 1. Each 429 pauses its
/// whole tenant for that second, so the documents are spread over several tenants (municipalities).
/// Prints notes per second, p50/p99 from enqueue to filed, the 429s seen, and whether every file exists once.
/// </summary>
public static class FilingBenchmark
{
    public static async Task<string> RunAsync(int count, int tenants)
    {
        await using var db = await TestDatabase.CreateAsync(SqlDialect.Sqlite);
        await using var keys = await KeyServer.StartAsync();
        await using var graph = await FakeGraph.StartAsync();
        var source = new NoteSource();
        await using var host = new FilingHost(db, TimeProvider.System, [source], FilingHost.GraphSettings(keys, graph.BaseUrl), LogLevel.Warning);
        var requests = new List<FilingRequest>();
        for (var t = 0; t < tenants; t++)
        {
            await host.ChooseArchiveAsync(Tenant(t), Team(t), Group(t), Channel);
            graph.AddChannel(Group(t), Channel, "Ledelse");
        }

        for (var i = 0; i < count; i++)
        {
            requests.Add(new FilingRequest($"note:{i}", Tenant(i % tenants), Team(i % tenants), NoteSource.Kind, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        graph.ThrottleRandomly(0.10, TimeSpan.FromSeconds(1), seed: 42);
        await host.EnqueueAsync(requests);
        var watch = Stopwatch.StartNew();
        await host.StartAsync();
        var jobs = await FilingRecords.WaitUntilAsync(host.Database, j => j.All(x => x.Status != "pending"), TimeSpan.FromHours(1), "every job settled");
        watch.Stop();

        var latencies = jobs.Where(j => j.CompletedAtMs is not null).Select(j => j.CompletedAtMs!.Value - j.CreatedAtMs).Order().ToArray();
        var filed = jobs.Count(j => j.Status == "filed");
        var files = Enumerable.Range(0, tenants).SelectMany(t => graph.FilesIn(Group(t), Channel).Keys.Select(k => $"{t}/{k}")).ToList();
        var expected = Enumerable.Range(0, count).Select(i => $"{i % tenants}/{NoteSource.PathOf(i)}").ToHashSet();
        var eachOnce = files.Count == count && files.ToHashSet().SetEquals(expected);
        var throttled = graph.Calls.Count(c => c.Status == 429);
        return $"filing: {count:N0} Word notes ({source.AverageBytes:N0} bytes) over {tenants} tenants, Filing:Concurrency 4, 10 % of Graph requests 429 (Retry-After 1 s): " +
               $"{filed / watch.Elapsed.TotalSeconds:N1} notes/s ({watch.Elapsed.TotalSeconds:N1} s), enqueue→filed p50 {latencies[latencies.Length / 2] / 1000.0:N2} s, " +
               $"p99 {latencies[(int)(latencies.Length * 0.99)] / 1000.0:N2} s; {graph.Calls.Count:N0} Graph requests, {throttled:N0} answered 429; " +
               $"{filed:N0} filed, {jobs.Count - filed} not; each file exists exactly once: {(eachOnce ? "yes" : $"NO ({files.Count} files)")}";
    }

    private const string Channel = "19:ledelse@thread.tacv2";

    private static string Tenant(int t) => $"00000000-0000-4000-8000-{t:D12}";

    private static string Team(int t) => $"19:team-{t}@thread.tacv2";

    private static string Group(int t) => $"10000000-0000-4000-8000-{t:D12}";

    /// <summary>A realistic reflection note per subject, rendered when filed as the real sources do.</summary>
    private sealed class NoteSource : IFilingDocumentSource
    {
        public const string Kind = "benchmark-note";
        private long _bytes;
        private long _loads;

        string IFilingDocumentSource.Kind => Kind;

        public long AverageBytes => _loads == 0 ? 0 : _bytes / _loads;

        public static string PathOf(int i) => $"Refleksjonsnotater/Møte {i % 40}/Lærer {i}.docx";

        public Task<FilingDocument?> LoadAsync(string tenantId, string subjectId, CancellationToken cancellationToken)
        {
            var i = int.Parse(subjectId, System.Globalization.CultureInfo.InvariantCulture);
            var content = WordDocuments.Note(new NoteDocumentModel("Refleksjonsnotat: Klasseledelse og relasjoner", $"Møte {i % 40}", $"Lærer {i}",
                "tirsdag 5. januar 2027 kl. 21.14", i % 10 == 0,
                [
                    new("Hvilket budskap har denne teksten?", string.Concat(Enumerable.Repeat("Relasjoner kommer før regler, også i 8. trinn. ", 12))),
                    new("Hvilken betydning har den for din praksis?", string.Concat(Enumerable.Repeat("Jeg vil starte timene med en runde.\n", 8))),
                ]));
            Interlocked.Add(ref _bytes, content.Length);
            Interlocked.Increment(ref _loads);
            return Task.FromResult<FilingDocument?>(new FilingDocument(ReflectionFiling.Notes.PathFor($"Møte {i % 40}", $"Lærer {i}"), content));
        }
    }
}
