using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Testing.Connector;

namespace SkoleUtvikling.Testing.Collection;

/// <summary>
/// A reflection round whose deadline has passed with every one of N teachers still missing, in one
/// tenant, for chasing them all at once (the engine's <see cref="RoundChases"/>): the chase fan-out
/// test and benchmark share it.
/// </summary>
public static class ChaseFanOut
{
    public const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string BotId = "28:c9e2b1a0-5d4f-4e3b-8a7c-1f2e3d4c5b6a";
    public const string Leader = "29:chase-rektor";
    public const string RoundId = "r-chase-fan-out";

    public static string Teacher(int i) => $"29:chase-teacher-{i:00000}";

    /// <summary>
    /// Stores the round (deadline an hour ago, late answers for a week, so chasing is allowed) and the
    /// bot's id in the tenant (as Teams sends it on any message), which opening a 1:1 chat needs.
    /// </summary>
    public static async Task<RoundRecord> SeedAsync(Database database, string serviceUrl, int teachers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(database);
        var people = Enumerable.Range(0, teachers)
            .Select(i => new RoundPerson(Teacher(i), RoundRole.Participant, null, $"Lærer {i}"))
            .Append(new RoundPerson(Leader, RoundRole.Leader, null, "Rektor"))
            .ToList();
        var round = new Round(RoundId, Tenant, ReflectionNoteForm.Default, "event-chase", "19:kulg@thread.tacv2",
            [Leader], people.Where(p => p.Role == RoundRole.Participant).Select(p => p.UserId), [],
            now.AddDays(-7), now.AddHours(-1), LatePolicy.AcceptLateUntil(now.AddDays(7)));
        var record = new RoundRecord(round, "Klasseledelse", "KULG · torsdag", DateOnly.FromDateTime(now.UtcDateTime),
            "19:team@thread.tacv2", serviceUrl, "post:" + RoundId, people) { Kind = ReflectionNoteForm.FormId };
        await database.InTransactionAsync(async (c, t) =>
        {
            await RoundStore.CreateAsync(c, t, record, now);
            await c.ExecuteAsync(
                "INSERT INTO conversations (conversation_id, tenant_id, kind, service_url, bot_id, updated_at_ms) VALUES ('19:kulg@thread.tacv2', @Tenant, 'channel', @ServiceUrl, @BotId, @Now)",
                new { Tenant, ServiceUrl = serviceUrl, BotId, Now = now.ToUnixTimeMilliseconds() }, t);
            return true;
        });
        return record;
    }

    /// <summary>Chases everyone missing through the bot's one chase mechanism (as «Purr» on the round does).</summary>
    public static Task<ChaseResult> ChaseAllAsync(IServiceProvider services, RoundRecord round) =>
        services.GetRequiredService<RoundChases>().ChaseAsync(round, onlyOwnerId: null, CancellationToken.None);

    /// <summary>For a bot that only queues: its outbox worker removed, so another process sends.</summary>
    public static void WithoutOutboxWorker(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var worker in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxWorker)).ToList())
        {
            services.Remove(worker);
        }
    }

    /// <summary>How many chase messages each teacher received in their 1:1 chat (0 for none), by teacher index.</summary>
    public static int[] ChasesPerTeacher(FakeConnector fake, int teachers)
    {
        ArgumentNullException.ThrowIfNull(fake);
        var counts = new int[teachers];
        foreach (var activity in fake.Activities.Where(a => a.Kind == "send"))
        {
            var recipient = activity.Activity["recipient"]?["id"]?.GetValue<string>() ?? "";
            if (recipient.StartsWith("29:chase-teacher-", StringComparison.Ordinal)
                && int.TryParse(recipient["29:chase-teacher-".Length..], System.Globalization.CultureInfo.InvariantCulture, out var i) && i < teachers)
            {
                counts[i]++;
            }
        }

        return counts;
    }

    /// <summary>The most requests to the tenant's conversations that arrived in any one second (Teams allows 50).</summary>
    public static int MaxPerSecond(FakeConnector fake)
    {
        ArgumentNullException.ThrowIfNull(fake);
        var sorted = fake.Calls.Where(c => !c.WasRateLimited).Select(c => c.ReceivedAt).Order().ToList();
        int max = 0, start = 0;
        for (var end = 0; end < sorted.Count; end++)
        {
            while (sorted[end] - sorted[start] >= TimeSpan.FromSeconds(1))
            {
                start++;
            }

            max = Math.Max(max, end - start + 1);
        }

        return max;
    }
}
