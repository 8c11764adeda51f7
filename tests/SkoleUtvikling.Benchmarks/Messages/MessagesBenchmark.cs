using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using SkoleUtvikling.Testing;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Testing.Connector;

namespace SkoleUtvikling.Benchmarks.Messages;

/// <summary>
/// Authenticated Teams <c>message</c> activities through the real bot on loopback: JWT validation on,
/// the conversation recorded, the reply committed to the outbox before the 200. Prints requests per
/// second, p50/p99 latency, and the bot's memory after all of them. The bot runs in this process, so the
/// memory includes the load generator (a few MB).
/// </summary>
public static class MessagesBenchmark
{
    private const string AppId = "c9e2b1a0-5d4f-4e3b-8a7c-1f2e3d4c5b6a";
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const int Concurrency = 16;
    private const int Conversations = 1_000;

    public static async Task<string> RunAsync(int count)
    {
        await using var keys = await KeyServer.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        var settings = keys.BotSettings(AppId, TenantId);
        settings["Logging:LogLevel:Default"] = "Warning";
        using var bot = new BotHost(settings, LoopbackHttpHandler.UseForAllHttpClients);
        using var http = new HttpClient { BaseAddress = bot.Start() };
        var token = keys.MintBotFrameworkToken(AppId, connector.ServiceUrl);

        // Warm-up: JIT, key fetch, connection pool.
        await SendAsync(http, token, connector.ServiceUrl, 0, 500, new long[500]);

        var latencies = new long[count];
        var watch = Stopwatch.StartNew();
        var next = -1;
        var workers = Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await SendOneAsync(http, token, connector.ServiceUrl, i, latencies);
            }
        });
        await Task.WhenAll(workers);
        watch.Stop();

        Array.Sort(latencies);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var perSecond = count / watch.Elapsed.TotalSeconds;
        return $"messages: {count:N0} authenticated message activities, {Concurrency} concurrent, {Conversations:N0} conversations: " +
               $"{perSecond:N0} req/s, p50 {Ms(latencies[count / 2]):N2} ms, p99 {Ms(latencies[(int)(count * 0.99)]):N2} ms; " +
               $"memory after: managed heap {GC.GetTotalMemory(false) / 1024 / 1024:N0} MB, working set {process.WorkingSet64 / 1024 / 1024:N0} MB; " +
               $"replies delivered to the fake Connector so far: {connector.Activities.Count:N0} (the outbox keeps Teams' 50/s per tenant)";
    }

    private static async Task SendAsync(HttpClient http, string token, string serviceUrl, int from, int count, long[] latencies)
    {
        for (var i = from; i < from + count; i++)
        {
            await SendOneAsync(http, token, serviceUrl, i % count, latencies);
        }
    }

    private static async Task SendOneAsync(HttpClient http, string token, string serviceUrl, int i, long[] latencies)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(Activity(i, serviceUrl), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Request {i} answered {(int)response.StatusCode}");
        }

        latencies[i] = Stopwatch.GetTimestamp() - started;
    }

    private static string Activity(int i, string serviceUrl) => new JsonObject
    {
        ["type"] = "message",
        ["id"] = $"m{i}",
        ["text"] = "hei",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = $"29:user-{i % Conversations}", ["name"] = "Lærer", ["aadObjectId"] = Guid.Empty.ToString() },
        ["recipient"] = new JsonObject { ["id"] = "28:" + AppId, ["name"] = "SkoleUtvikling" },
        ["conversation"] = new JsonObject { ["id"] = $"a:conversation-{i % Conversations}", ["conversationType"] = "personal", ["tenantId"] = TenantId },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    }.ToJsonString();

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
