using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Testing;

namespace SkoleUtvikling.Tests.Integration.Features.Reflection;

/// <summary>A round's reminders, fired through the bot's one Quartz dispatcher, on a real database.</summary>
public sealed class ReflectionReminderTests : IDisposable
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static readonly DateTimeOffset Opens = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = new(2026, 11, 26, 13, 0, 0, TimeSpan.Zero);
    private readonly BotHost _host;

    public ReflectionReminderTests()
    {
        _host = new BotHost(services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Opens)));
        _host.Start();
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Before_the_deadline_only_those_who_have_not_delivered_are_reminded_privately_and_once()
    {
        var round = await SeedRoundAsync(delivered: "29:kari");
        var dispatcher = _host.Services.GetRequiredService<IPostDispatcher>();
        var key = RoundReminderKeys.For(Tenant, round.Id, new ScheduledReminder(Deadline.AddDays(-2), ReminderKind.Remind));

        await dispatcher.DispatchAsync(key, Deadline.AddDays(-2), late: false, CancellationToken.None);
        await dispatcher.DispatchAsync(key, Deadline.AddDays(-2), late: false, CancellationToken.None);

        var rows = await ReminderRowsAsync();
        var row = Assert.Single(rows);
        Assert.Equal(("personal:29:ola", "CreatePersonal"), (row.ConversationKey, row.Operation));
        Assert.Contains("Påminnelse", row.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain("relasjoner i klassen", row.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_deadline_the_leaders_hear_the_count_and_who_is_missing()
    {
        var round = await SeedRoundAsync(delivered: "29:kari");
        var key = RoundReminderKeys.For(Tenant, round.Id, new ScheduledReminder(Deadline.AddDays(1), ReminderKind.Escalate));

        await _host.Services.GetRequiredService<IPostDispatcher>().DispatchAsync(key, Deadline.AddDays(1), late: false, CancellationToken.None);

        var row = Assert.Single(await ReminderRowsAsync());
        Assert.Equal("personal:29:leder", row.ConversationKey);
        Assert.Contains("1 av 2 har levert", row.Payload, StringComparison.Ordinal);
        Assert.Contains("Ikke levert ennå: Ola Hansen.", row.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_round_schedules_its_reminders_on_working_days_before_the_deadline_and_the_escalation_after()
    {
        var round = await SeedRoundAsync(delivered: null);

        await _host.Services.GetRequiredService<RoundReminders>().ScheduleAsync(round, CancellationToken.None);

        await using var db = await OpenAsync();
        var jobs = (await db.QueryAsync<string>("SELECT job_name FROM qrtz_job_details WHERE job_group LIKE 'post:%round:' || @Id", new { round.Id })).Order().ToList();
        Assert.Equal(3, jobs.Count);
        Assert.Contains(jobs, j => j.EndsWith("/escalate", StringComparison.Ordinal));
        Assert.Contains(jobs, j => j.EndsWith("/remind-202611240700", StringComparison.Ordinal));
        Assert.Contains(jobs, j => j.EndsWith("/remind-202611260700", StringComparison.Ordinal));
    }

    private async Task<RoundRecord> SeedRoundAsync(string? delivered)
    {
        var round = new Round("r-reminders", Tenant, ReflectionNoteForm.Default, "event-1", "19:kulg@thread.tacv2",
            ["29:leder"], ["29:kari", "29:ola"], [], Opens, Deadline, LatePolicy.Locked);
        var record = new RoundRecord(round, "Klasseledelse", "KULG · torsdag 26.11.2026 kl. 14.00", new DateOnly(2026, 11, 26),
            "19:team@thread.tacv2", "https://smba.trafficmanager.net/emea/", "post:x",
            [new("29:leder", RoundRole.Leader, null, "Lise Leder"), new("29:kari", RoundRole.Participant, null, "Kari Nordmann"),
             new("29:ola", RoundRole.Participant, null, "Ola Hansen")]);
        var database = _host.Services.GetRequiredService<Database>();
        await database.InTransactionAsync(async (c, t) =>
        {
            await RoundStore.CreateAsync(c, t, record, Opens);
            await c.ExecuteAsync("""
                INSERT INTO conversations (conversation_id, tenant_id, kind, team_id, user_id, service_url, bot_id, blocked, updated_at_ms)
                VALUES ('19:kulg@thread.tacv2', @Tenant, 'channel', '19:team@thread.tacv2', NULL, 'https://smba.trafficmanager.net/emea/', '28:bot', FALSE, 0)
                """, new { Tenant }, t);
            if (delivered is not null)
            {
                var answers = new Dictionary<string, string?> { ["q1"] = "Et budskap om relasjoner i klassen.", ["q2"] = "Jeg hilser på alle i døra hver dag." };
                var saved = SubmissionRules.Save(round, null, delivered, answers, SaveKind.Deliver, Opens.AddHours(1));
                await RoundStore.AppendAsync(c, t, saved.Submission!, delivered);
            }
        });
        return record;
    }

    private async Task<List<(string ConversationKey, string Operation, string Payload)>> ReminderRowsAsync()
    {
        await using var db = await OpenAsync();
        return [.. await db.QueryAsync<(string, string, string)>(
            "SELECT conversation_key, operation, payload FROM outbox WHERE dedupe_key LIKE '%|round:%' ORDER BY id")];
    }

    private Task<System.Data.Common.DbConnection> OpenAsync() => _host.Services.GetRequiredService<Database>().OpenAsync();
}
