using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing;
using SkoleUtvikling.Testing.Collection;
using SkoleUtvikling.Testing.Connector;

namespace SkoleUtvikling.Benchmarks.Collection;

/// <summary>
/// «Purr» on a round with N people missing, in one tenant, through the real bot (the engine's chase
/// mechanism and the durable queue) against the fake Connector enforcing Teams' limits, on real time.
/// Reports the fan-out rate achieved as a share of Teams' per-app-per-tenant limit (50 requests per
/// second; each chase opens a 1:1 chat and sends in it, two requests), and fails unless every person
/// got exactly one chase and nothing was throttled.
/// </summary>
public static class ChaseBenchmark
{
    public static async Task<string> RunAsync(int count)
    {
        await using var fake = await FakeConnector.StartAsync(TimeProvider.System);
        using var bot = new BotHost(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Outbox:MaxConcurrentSends"] = "64",
        });
        bot.Start();
        var round = await ChaseFanOut.SeedAsync(bot.Services.GetRequiredService<Database>(), fake.ServiceUrl, count, TimeProvider.System.GetUtcNow());

        var watch = Stopwatch.StartNew();
        var result = await ChaseFanOut.ChaseAllAsync(bot.Services, round);
        var queued = watch.Elapsed;
        await fake.WaitUntilAsync(f => f.Activities.Count(a => a.Kind == "send") >= count, TimeSpan.FromMinutes(30), $"{count} chases");
        watch.Stop();
        await Task.Delay(TimeSpan.FromSeconds(2));

        var counts = ChaseFanOut.ChasesPerTeacher(fake, count);
        var lost = counts.Count(c => c == 0);
        var duplicated = counts.Where(c => c > 1).Sum(c => c - 1);
        var throttled = fake.Calls.Count(c => c.WasRateLimited);
        if (result.Queued != count || lost != 0 || duplicated != 0 || throttled != 0)
        {
            throw new InvalidOperationException($"Chasing {count}: queued {result.Queued}, {lost} lost, {duplicated} duplicated, {throttled} throttled by the fake.");
        }

        var calls = fake.Calls.Select(c => c.ReceivedAt).Order().ToList();
        var requestRate = calls.Count / (calls[^1] - calls[0]).TotalSeconds;
        var limit = fake.RateLimits.PerTenantPerSecond;
        return $"chase: {count:N0} missing people in one tenant chased through «Purr» ({queued.TotalMilliseconds:N0} ms to queue, {bot.Services.GetRequiredService<Database>().Dialect}): " +
               $"{count / watch.Elapsed.TotalSeconds:N1} chases/s, {requestRate:N1} requests/s = {requestRate / limit:P0} of Teams' per-tenant limit ({limit}/s), " +
               $"at most {ChaseFanOut.MaxPerSecond(fake)} in any second; 0 lost, 0 duplicated, 0 throttled";
    }
}
