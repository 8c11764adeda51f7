using System.Security.Cryptography.X509Certificates;
using Dapper;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Bot.Filing.Queue;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Testing.Filing;
using SkoleUtvikling.Testing.Graph;
using SkoleUtvikling.Testing.Outbox;
using Xunit.Abstractions;

namespace SkoleUtvikling.Tests.Integration.Filing.Queue;

/// <summary>
/// The bot as a separate process files real reflection notes (the <c>reflection-note</c> source) to
/// the fake Graph, is SIGKILLed mid-batch and started again: every note ends up filed, once, at its path.
/// </summary>
public sealed class FilingKillTests(ITestOutputHelper output)
{
    private const string Tenant = "6f1b0e1c-3a52-4d8e-9c1e-2f4a5b6c7d8e";
    private const string Team = "19:team-solbakken@thread.tacv2";
    private const string Group = "2b9c4f0e-7d1a-4e3b-8a6c-5d4e3f2a1b0c";
    private const string Channel = "19:ledelse@thread.tacv2";
    private const int Notes = 20;

    [Fact]
    public async Task A_killed_bot_process_leaves_no_note_unfiled_or_doubled_after_restart()
    {
        await using var db = await TestDatabase.CreateAsync(SqlDialect.Sqlite);
        await using var keys = await KeyServer.StartAsync();
        await using var graph = await FakeGraph.StartAsync();
        graph.AddChannel(Group, Channel, "Ledelse");
        graph.PutDelay = TimeSpan.FromMilliseconds(400);
        await using var database = new Database(Microsoft.Extensions.Options.Options.Create(db.Options));
        var paths = await SeedNotesAsync(database);
        var trust = TrustTestCertificate();
        var settings = new Dictionary<string, string?>(db.Settings)
        {
            ["MicrosoftAppId"] = FilingHost.AppId,
            ["MicrosoftAppPassword"] = KeyServer.ClientSecret,
            ["MicrosoftAppTenantId"] = FilingHost.BotTenant,
            ["BotAuth:AuthorityHost"] = keys.AuthorityHost,
            ["Filing:GraphBaseUrl"] = graph.BaseUrl,
            ["Filing:Concurrency"] = "4",
            ["Filing:PollInterval"] = "00:00:00.200",
            ["Filing:AttemptTimeout"] = "00:00:03",
            ["Filing:LeaseDuration"] = "00:00:04",
            ["Outbox:Enabled"] = "false",
            // The child process trusts the loopback token endpoint's certificate the way Linux does: from this file.
            ["SSL_CERT_FILE"] = trust,
        };

        int filedBeforeKill;
        using (var doomed = BotProcess.Start(settings))
        {
            await WaitAsync(() => Task.FromResult(graph.FilesIn(Group, Channel).Count >= 5), doomed, "5 notes filed by the first process");
            await doomed.KillAsync();
            filedBeforeKill = graph.FilesIn(Group, Channel).Count;
        }

        var leftBehind = (await FilingRecords.JobsAsync(database)).Count(j => j.Status == "pending");
        using (var restarted = BotProcess.Start(settings))
        {
            await WaitAsync(async () => (await FilingRecords.JobsAsync(database)).All(j => j.Status == "filed"), restarted, "every note filed after the restart");
        }

        var jobs = await FilingRecords.JobsAsync(database);
        var files = graph.FilesIn(Group, Channel);
        output.WriteLine($"{filedBeforeKill} filed before SIGKILL, {leftBehind} jobs left pending; {graph.CallCount("putContent")} uploads for {Notes} notes");
        Assert.True(leftBehind > 0, "the kill came after everything was filed; the test proves nothing");
        Assert.All(jobs, j => Assert.Equal("filed", j.Status));
        Assert.Equal(paths.Order(StringComparer.Ordinal), files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Notes, graph.PathsIn(Group, Channel).Count(p => p.EndsWith(".docx", StringComparison.Ordinal)));
        Assert.All(files.Values, f => Assert.Equal("PK"u8.ToArray(), f.Content![..2]));
        File.Delete(trust);
    }

    /// <summary>A round with <see cref="Notes"/> delivered notes, each with its filing job, and the team's archive, as the bot would store them.</summary>
    private static async Task<IReadOnlyList<string>> SeedNotesAsync(Database database)
    {
        var now = new DateTimeOffset(2027, 1, 5, 20, 0, 0, TimeSpan.Zero);
        var people = Enumerable.Range(1, Notes).Select(i => new RoundPerson($"29:teacher-{i}", RoundRole.Participant, null, $"Lærer {i:00}")).ToList();
        var form = ReflectionNoteForm.Default;
        var round = new Round("round-1", Tenant, form, "plan:kulg:2027-01-06", Channel, ["29:leader"], people.Select(p => p.UserId), [],
            now.AddDays(-3), now.AddDays(1), LatePolicy.Locked);
        var record = new RoundRecord(round, "Klasseledelse og relasjoner", "KULG 6. januar", new DateOnly(2027, 1, 6), Team, "https://smba.trafficmanager.net/emea/", "post:1", people);
        var filing = new ReflectionNoteFiling(new FilingJobStore(TimeProvider.System, new FilingSignal()));
        await database.InTransactionAsync(async (c, t) =>
        {
            await RoundStore.CreateAsync(c, t, record, now);
            foreach (var person in people)
            {
                var answers = form.Fields.ToDictionary(f => f.Id, f => $"{person.Name} svarer på «{f.Label}» med en tanke om relasjoner i klasserommet.");
                var submission = Submission.Append(null, round.Id, person.UserId, new SubmissionVersion(0, person.UserId, now, answers, IsDraft: false, IsLate: false));
                await RoundStore.AppendAsync(c, t, submission, person.Name);
                await filing.EnqueueAsync(c, t, record, submission, CancellationToken.None);
            }

            await c.ExecuteAsync("""
                INSERT INTO filing_archives (tenant_id, team_id, team_group_id, channel_id, channel_name, chosen_by, chosen_at_ms)
                VALUES (@Tenant, @Team, @Group, @Channel, 'Ledelse', 'test', 0)
                """, new { Tenant, Team, Group, Channel }, t);
        });
        return [.. people.Select(p => ReflectionDocuments.NotePath(record, p.UserId).ToString())];
    }

    private static string TrustTestCertificate()
    {
        var file = Path.Combine(Path.GetTempPath(), $"skoleutvikling-test-ca-{Guid.NewGuid():N}.pem");
        File.WriteAllText(file, TestCertificate.Instance.ExportCertificatePem());
        return file;
    }

    private static async Task WaitAsync(Func<Task<bool>> done, BotProcess bot, string what)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (60 * TimeProvider.System.TimestampFrequency);
        while (!await done())
        {
            if (bot.HasExited || TimeProvider.System.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Waited for {what}; the bot {(bot.HasExited ? "exited" : "is still running")}. Its output:{Environment.NewLine}{bot.Output}");
            }

            await Task.Delay(50);
        }
    }
}
