using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Cards.Common;
using SkoleUtvikling.Testing;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Testing.Connector;

namespace SkoleUtvikling.Benchmarks.Reflection;

/// <summary>
/// Reflection notes sent in through the real bot on loopback: N authenticated <c>adaptiveCard/action</c>
/// invokes (<c>reflection.submit</c>, Action.Execute) from N different teachers into one open round.
/// Each is measured from sending the submit to receiving the receipt card in the HTTP response; the note,
/// its receipt, count update and filing request are committed before that response. Afterwards the
/// database must hold exactly N notes in the round.
/// </summary>
public static class ReflectionBenchmark
{
    private const string AppId = "c9e2b1a0-5d4f-4e3b-8a7c-1f2e3d4c5b6a";
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string RoundId = "r-benchmark";
    private const string WarmUpRoundId = "r-benchmark-warm-up";
    private const int Concurrency = 16;
    private const int WarmUp = 200;

    public static async Task<string> RunAsync(int count)
    {
        await using var keys = await KeyServer.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        var settings = keys.BotSettings(AppId, TenantId);
        settings["Logging:LogLevel:Default"] = "Warning";
        using var bot = new BotHost(settings, LoopbackHttpHandler.UseForAllHttpClients);
        using var http = new HttpClient { BaseAddress = bot.Start() };
        var token = keys.MintBotFrameworkToken(AppId, connector.ServiceUrl);
        var database = bot.Services.GetRequiredService<Database>();
        await OpenRoundAsync(database, WarmUpRoundId, WarmUp, connector.ServiceUrl);
        await OpenRoundAsync(database, RoundId, count, connector.ServiceUrl);

        // Warm-up in a round of its own: JIT, key fetch, connection pool.
        var warmUp = new long[WarmUp];
        for (var i = 0; i < WarmUp; i++)
        {
            await SubmitAsync(http, token, connector.ServiceUrl, WarmUpRoundId, i, warmUp);
        }

        var latencies = new long[count];
        var watch = Stopwatch.StartNew();
        var next = -1;
        var workers = Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await SubmitAsync(http, token, connector.ServiceUrl, RoundId, i, latencies);
            }
        });
        await Task.WhenAll(workers);
        watch.Stop();

        await using var c = await database.OpenAsync();
        var notes = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM collection_versions WHERE round_id = @RoundId", new { RoundId });
        var authors = await c.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT author_id) FROM collection_versions WHERE round_id = @RoundId", new { RoundId });
        if (notes != count || authors != count)
        {
            throw new InvalidOperationException($"The round holds {notes} notes from {authors} authors; expected exactly {count}.");
        }

        Array.Sort(latencies);
        return $"reflection: {count:N0} Action.Execute reflection.submit invokes from {count:N0} teachers into one round, {Concurrency} concurrent, " +
               $"{database.Dialect}: {count / watch.Elapsed.TotalSeconds:N0} submits/s, p50 {Ms(latencies[count / 2]):N2} ms, " +
               $"p99 {Ms(latencies[(int)(count * 0.99)]):N2} ms (submit to receipt in the response, note committed first); " +
               $"database holds exactly {notes:N0} notes";
    }

    /// <summary>A round open now, due in a week, with <paramref name="teachers"/> participants and one leader.</summary>
    private static Task<bool> OpenRoundAsync(Database database, string roundId, int teachers, string serviceUrl)
    {
        var now = TimeProvider.System.GetUtcNow();
        var people = Enumerable.Range(0, teachers)
            .Select(i => new RoundPerson(Teacher(roundId, i), RoundRole.Participant, null, $"Lærer {i}"))
            .Append(new RoundPerson("29:rektor", RoundRole.Leader, null, "Rektor"))
            .ToList();
        var round = new Round(roundId, TenantId, ReflectionNoteForm.Default, "event-" + roundId, "19:kulg@thread.tacv2",
            ["29:rektor"], people.Where(p => p.Role == RoundRole.Participant).Select(p => p.UserId), [],
            now.AddHours(-1), now.AddDays(7), LatePolicy.AcceptLateUntil(now.AddDays(14)));
        var record = new RoundRecord(round, "Klasseledelse", "KULG · torsdag", DateOnly.FromDateTime(now.AddDays(7).UtcDateTime),
            "19:team@thread.tacv2", serviceUrl, "post:" + roundId, people);
        return database.InTransactionAsync((c, t) => RoundStore.CreateAsync(c, t, record, now));
    }

    private static async Task SubmitAsync(HttpClient http, string token, string serviceUrl, string roundId, int i, long[] latencies)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(Invoke(roundId, i, serviceUrl), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        latencies[i] = Stopwatch.GetTimestamp() - started;
        if (!response.IsSuccessStatusCode || !body.Contains("\"Mottatt\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Submit {i} answered {(int)response.StatusCode} without a receipt: {body[..Math.Min(body.Length, 300)]}");
        }
    }

    private static string Invoke(string roundId, int i, string serviceUrl) => new JsonObject
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = $"f:{roundId}-{i}",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["replyToId"] = $"form-{i}",
        ["from"] = new JsonObject { ["id"] = Teacher(roundId, i), ["name"] = $"Lærer {i}", ["aadObjectId"] = Guid.Empty.ToString() },
        ["recipient"] = new JsonObject { ["id"] = "28:" + AppId, ["name"] = "SkoleUtvikling" },
        ["conversation"] = new JsonObject { ["id"] = $"a:teacher-{roundId}-{i}", ["conversationType"] = "personal", ["tenantId"] = TenantId },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = ActionIds.ReflectionSubmit,
                ["data"] = new JsonObject
                {
                    [ActionIds.VerbField] = ActionIds.ReflectionSubmit,
                    ["roundId"] = roundId,
                    ["answer_q1"] = $"Lærer {i}: teksten minner oss om at relasjonen til eleven er grunnmuren i klasseledelse.",
                    ["answer_q2"] = "Jeg vil hilse på hver elev i døra og bruke navnet deres hver eneste time.",
                },
            },
            ["trigger"] = "manual",
        },
    }.ToJsonString();

    private static string Teacher(string roundId, int i) => $"29:{roundId}-teacher-{i}";

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
