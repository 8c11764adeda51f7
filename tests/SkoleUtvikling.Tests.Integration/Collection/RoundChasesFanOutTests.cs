using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Bot.Storage.Outbox;
using SkoleUtvikling.Testing;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Testing.Collection;
using SkoleUtvikling.Testing.Connector;
using SkoleUtvikling.Testing.Outbox;
using SkoleUtvikling.Testing.Time;
using Xunit.Abstractions;

namespace SkoleUtvikling.Tests.Integration.Collection;

/// <summary>
/// «Purr» on a round with 2,000 people missing, through the engine's one chase mechanism and the durable
/// queue, against the fake Connector enforcing Teams' limits (it answers 429 to any request over one):
/// every person reminded exactly once, no 429 caused by us, and a SIGKILL of the sending process in the
/// middle loses nothing and doubles only what it leaves in doubt, which is flagged. On SQLite
/// (<see cref="RoundChasesFanOutTests"/>) and PostgreSQL (<see cref="RoundChasesFanOutTestsOnPostgres"/>).
/// </summary>
public abstract class RoundChasesFanOutCases(ITestOutputHelper output, SqlDialect dialect)
{
    private const int Teachers = 2000;

    [Fact]
    public async Task Chasing_2000_missing_people_reminds_each_once_within_teams_limits_and_again_the_same_day_adds_nothing()
    {
        // Four times real time: Teams' 50 per second per tenant is enforced exactly, in a quarter of the wall time.
        var clock = new AcceleratedTimeProvider(4);
        var logs = new CapturedLogs();
        await using var db = await TestDatabase.CreateAsync(dialect);
        await using var fake = await FakeConnector.StartAsync(clock);
        using var bot = new BotHost(new Dictionary<string, string?>(db.Settings)
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Outbox:MaxConcurrentSends"] = "64",
            // Generous on the fast clock, so a busy test machine never makes a call look timed out.
            ["Outbox:SendTimeout"] = "00:05:00",
            ["Outbox:LeaseDuration"] = "00:30:00",
        }, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<ILoggerProvider>(logs);
        });
        bot.Start();
        var round = await ChaseFanOut.SeedAsync(bot.Services.GetRequiredService<Database>(), fake.ServiceUrl, Teachers, clock.GetUtcNow());

        var first = await ChaseFanOut.ChaseAllAsync(bot.Services, round);
        Assert.Equal(new ChaseResult(Teachers, 0, 0), first);
        try
        {
            await fake.WaitUntilAsync(f => f.Activities.Count(a => a.Kind == "send") >= Teachers, TimeSpan.FromMinutes(5), $"{Teachers} chases");
        }
        catch (TimeoutException ex)
        {
            var warnings = logs.Tail(10, e => e.Level >= LogLevel.Warning);
            var database = bot.Services.GetRequiredService<Database>();
            var pending = (await OutboxRecords.RowsAsync(database)).Where(r => r.Status != "sent").Take(5);
            var attempts = await OutboxRecords.AttemptsAsync(database);
            var stuck = string.Join(" | ", pending.Select(r => $"{r} attempts: {string.Join(", ", attempts.Where(a => a.OutboxId == r.Id))}"));
            throw new TimeoutException($"{ex.Message} Clock {clock.GetUtcNow().ToUnixTimeMilliseconds()}. Not sent: {stuck}. The bot's last warnings: {warnings}", ex);
        }

        // Pressed again the same day (by anyone): already chased, nothing queued.
        var again = await ChaseFanOut.ChaseAllAsync(bot.Services, round);
        Assert.Equal(new ChaseResult(0, Teachers, 0), again);
        await Task.Delay(TimeSpan.FromSeconds(1));

        var counts = ChaseFanOut.ChasesPerTeacher(fake, Teachers);
        Assert.All(counts, c => Assert.Equal(1, c));
        Assert.DoesNotContain(fake.Calls, c => c.WasRateLimited);
        var max = ChaseFanOut.MaxPerSecond(fake);
        Assert.True(max <= fake.RateLimits.PerTenantPerSecond, $"{max} requests in one second");
        var calls = fake.Calls.Select(c => c.ReceivedAt).Order().ToList();
        var rate = calls.Count / (calls[^1] - calls[0]).TotalSeconds;
        output.WriteLine($"{Teachers} chases, {calls.Count} requests at {rate:0.0}/s of Teams time ({rate / fake.RateLimits.PerTenantPerSecond:P0} of the per-tenant limit), at most {max} in a second, 0 throttled");
    }

    [Fact]
    public async Task A_sigkill_of_the_sending_process_in_the_middle_of_2000_chases_loses_none_and_doubles_only_flagged_ones()
    {
        await using var db = await TestDatabase.CreateAsync(dialect);
        // Real time: the other process cannot share a fast clock. Slow answers keep calls under way at the kill.
        await using var fake = await FakeConnector.StartAsync(TimeProvider.System);
        fake.Faults.Add(FakeFault.Slow(TimeSpan.FromMilliseconds(300)), times: null);

        // One bot queues the chases (as «Purr» does) and sends nothing itself.
        RoundRecord round;
        using (var queuer = new BotHost(new Dictionary<string, string?>(db.Settings) { ["Logging:LogLevel:Default"] = "Warning" }, ChaseFanOut.WithoutOutboxWorker))
        {
            queuer.Start();
            round = await ChaseFanOut.SeedAsync(queuer.Services.GetRequiredService<Database>(), fake.ServiceUrl, Teachers, TimeProvider.System.GetUtcNow());
            Assert.Equal(Teachers, (await ChaseFanOut.ChaseAllAsync(queuer.Services, round)).Queued);
        }

        var settings = new Dictionary<string, string?>(db.Settings)
        {
            ["Outbox:LeaseDuration"] = "00:00:05",
            ["Outbox:SendTimeout"] = "00:00:01.500",
            ["Outbox:MaxInlineWait"] = "00:00:00.500",
            ["Outbox:PollInterval"] = "00:00:00.200",
        };
        using (var doomed = BotProcess.Start(settings))
        {
            try
            {
                await fake.WaitUntilAsync(f => f.Activities.Count(a => a.Kind == "send") >= 200, TimeSpan.FromSeconds(90), "200 chases from the bot process");
            }
            catch (TimeoutException ex)
            {
                throw new TimeoutException($"{ex.Message}{Environment.NewLine}Bot process output:{Environment.NewLine}{doomed.Output}", ex);
            }

            await doomed.KillAsync();
        }

        var atKill = ChaseFanOut.ChasesPerTeacher(fake, Teachers).Count(c => c > 0);
        Assert.True(atKill < Teachers, "every chase had gone before the kill; the test proves nothing");

        // A new worker takes over, on a clock ten times real time (past the dead process's leases at once); the fake
        // stops limiting and slowing, so the rest goes quickly (the limits are the other test's subject).
        fake.Faults.Clear();
        fake.RateLimits.Enabled = false;
        await using var survivor = new OutboxHost(db, new AcceleratedTimeProvider(10, TimeProvider.System.GetUtcNow()), new Dictionary<string, string?>
        {
            ["Outbox:PollInterval"] = "00:00:01",
            ["Outbox:SendTimeout"] = "00:05:00",
            ["Outbox:LeaseDuration"] = "00:30:00",
            ["Outbox:MaxConcurrentSends"] = "32",
        });
        await survivor.StartAsync();
        var prefix = RoundReminderKeys.ChasesOf(round.TenantId, round.Id);
        var rows = await SettledAsync(survivor.Database, prefix);

        var attempts = await OutboxRecords.AttemptsAsync(survivor.Database);
        var crashed = attempts.Where(a => a.ErrorCode == OutboxAttempt.Interrupted && a.Owner != survivor.Worker.OwnerId).Select(a => a.OutboxId).ToHashSet();
        // A chase's key is {prefix}{yyyyMMdd}:{userId}.
        var flagged = rows.Where(r => r.InterruptedAttempts > 0).Select(r => r.DedupeKey[(prefix.Length + "yyyyMMdd:".Length)..]).ToHashSet();
        var counts = ChaseFanOut.ChasesPerTeacher(fake, Teachers);
        var twice = Enumerable.Range(0, Teachers).Where(i => counts[i] > 1).Select(ChaseFanOut.Teacher).ToHashSet();
        output.WriteLine($"{atKill} reminded before the SIGKILL; {crashed.Count} rows in doubt, {flagged.Count} flagged; {twice.Count} reminded twice; all {rows.Count} rows sent");

        Assert.Equal(Teachers, rows.Count);
        Assert.All(rows, r => Assert.Equal("sent", r.Status));
        Assert.All(counts, c => Assert.True(c >= 1, "a teacher was never chased"));
        Assert.NotEmpty(crashed);
        Assert.True(twice.IsSubsetOf(flagged), $"reminded twice without being flagged: {string.Join(", ", twice.Except(flagged))}");
        // A chase goes again only after an attempt whose outcome is unknown: on a loaded machine one can time out in the
        // killed process (1.5 s for a 300 ms answer) and be in flight again at the kill, so three times, never more than that allows.
        var inDoubt = rows.ToDictionary(r => r.DedupeKey[(prefix.Length + "yyyyMMdd:".Length)..], r => r.InterruptedAttempts);
        Assert.All(Enumerable.Range(0, Teachers), i => Assert.True(counts[i] <= 1 + inDoubt[ChaseFanOut.Teacher(i)],
            $"{ChaseFanOut.Teacher(i)} was chased {counts[i]} times after {inDoubt[ChaseFanOut.Teacher(i)]} attempts in doubt"));
    }

    private static async Task<IReadOnlyList<OutboxRecord>> SettledAsync(Database database, string prefix)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var rows = (await OutboxRecords.RowsAsync(database)).Where(r => r.DedupeKey.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            if (rows.Count == Teachers && rows.All(r => r.Status != "pending"))
            {
                return rows;
            }

            if (watch.Elapsed > TimeSpan.FromMinutes(4))
            {
                throw new TimeoutException($"Waited 4 min for the chases to settle; {string.Join(", ", rows.GroupBy(r => r.Status).Select(g => $"{g.Count()} {g.Key}"))}.");
            }

            await Task.Delay(200);
        }
    }
}

public sealed class RoundChasesFanOutTests(ITestOutputHelper output) : RoundChasesFanOutCases(output, SqlDialect.Sqlite);

/// <summary>The same on PostgreSQL (SKOLEUTVIKLING_TEST_POSTGRES).</summary>
public sealed class RoundChasesFanOutTestsOnPostgres(ITestOutputHelper output) : RoundChasesFanOutCases(output, SqlDialect.Postgres);
