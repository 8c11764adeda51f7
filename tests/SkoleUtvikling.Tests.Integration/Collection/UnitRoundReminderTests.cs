using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Scheduling.Jobs;
using SkoleUtvikling.Testing;

namespace SkoleUtvikling.Tests.Integration.Collection;

/// <summary>
/// A round of another kind, opened through the general API with one answer per unit, reminded by the one
/// runner: chases go to the editors of units that have not delivered, once per person and moment; the
/// escalation goes to the leaders; the stored policy is what is scheduled.
/// </summary>
public sealed class UnitRoundReminderTests : IDisposable
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static readonly DateTimeOffset Opens = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = new(2026, 11, 26, 13, 0, 0, TimeSpan.Zero);
    private readonly BotHost _host;

    public UnitRoundReminderTests()
    {
        _host = new BotHost(services: s =>
        {
            s.AddSingleton<TimeProvider>(new FakeTimeProvider(Opens));
            s.AddSingleton<IRoundKind, TestKind>();
        });
        _host.Start();
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_chase_reaches_each_editor_of_a_unit_that_has_not_delivered_once_and_the_escalation_tells_the_leaders()
    {
        var round = await OpenAsync();
        var dispatcher = _host.Services.GetRequiredService<IPostDispatcher>();
        var chase = RoundReminderKeys.For(Tenant, round.Id, new ScheduledReminder(Deadline.AddDays(1), ReminderKind.Chase));
        var escalate = RoundReminderKeys.For(Tenant, round.Id, new ScheduledReminder(Deadline.AddDays(2), ReminderKind.Escalate));

        await dispatcher.DispatchAsync(chase, Deadline.AddDays(1), late: false, CancellationToken.None);
        await dispatcher.DispatchAsync(chase, Deadline.AddDays(1), late: false, CancellationToken.None);
        await dispatcher.DispatchAsync(escalate, Deadline.AddDays(2), late: false, CancellationToken.None);

        await using var db = await _host.Services.GetRequiredService<Database>().OpenAsync();
        var rows = (await db.QueryAsync<(string, string)>("SELECT conversation_key, payload FROM outbox WHERE dedupe_key LIKE '%|round:%' ORDER BY id")).ToList();
        Assert.Equal(["personal:29:nordby-rektor", "personal:29:nordby-skut", "personal:29:veileder"], rows.Select(r => r.Item1).Order(StringComparer.Ordinal));
        Assert.All(rows.Take(2), r => Assert.Contains("chase 1 av 2", r.Item2, StringComparison.Ordinal));
        Assert.Contains("mangler: Nordby skole\"", rows[2].Item2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_twice_finds_the_first_round_and_its_stored_policy_is_scheduled_with_chases()
    {
        var first = await OpenAsync();
        var second = await OpenAsync();

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(("test-kind", AnswerBy.Unit), (second.Kind, second.Round.AnswerBy));
        await using var db = await _host.Services.GetRequiredService<Database>().OpenAsync();
        var jobs = (await db.QueryAsync<string>("SELECT job_name FROM qrtz_job_details WHERE job_group LIKE '%round:' || @Id", new { first.Id })).ToList();
        Assert.Contains(jobs, j => j.EndsWith("/chase-202611270700", StringComparison.Ordinal));
        Assert.Contains(jobs, j => j.EndsWith("/escalate", StringComparison.Ordinal));
    }

    private async Task<RoundRecord> OpenAsync()
    {
        var database = _host.Services.GetRequiredService<Database>();
        await database.ExecuteAsync("""
            INSERT INTO conversations (conversation_id, tenant_id, kind, team_id, user_id, service_url, bot_id, blocked, updated_at_ms)
            VALUES ('19:veiledere@thread.tacv2', @Tenant, 'channel', '19:team@thread.tacv2', NULL, 'https://smba.trafficmanager.net/emea/', '28:bot', FALSE, 0)
            ON CONFLICT DO NOTHING
            """, new { Tenant });
        var veileder = new UnitPerson("29:veileder", null, "Vera Veileder");
        UnitPeople School(string id) => new([], [veileder], [new($"29:{id}-rektor", null, "Rektor"), new($"29:{id}-skut", null, "SKUT"), new("aad:0b6f1c2e-7a34-4d5e-9f10-2a3b4c5d6e7f", "0b6f1c2e-7a34-4d5e-9f10-2a3b4c5d6e7f", "Utenfor")]);
        var (people, editors) = RoundOpening.ForUnits(
        [
            (new RegisteredUnit(Tenant, "nordby", UnitKinds.School, "Nordby skole", "19:nordby", "19:nordby-skut", ""), School("nordby")),
            (new RegisteredUnit(Tenant, "sorby", UnitKinds.School, "Sørby skole", "19:sorby", "19:sorby-skut", ""), School("sorby")),
        ]);
        var form = new FormDefinition("tilbakemelding", "Tilbakemelding", [new FormField("arbeid", "Arbeid", FieldKind.LongText)]);
        var opening = new RoundOpening("test-kind", Tenant, form, "mellomarbeid:runde-3", "Mellomarbeid", "Veiledning 3", new DateOnly(2026, 11, 26),
            "19:team@thread.tacv2", "19:veiledere@thread.tacv2", "https://smba.trafficmanager.net/emea/", "post:none", people, Opens, Deadline,
            LatePolicy.AcceptLateUntil(Deadline.AddDays(7)))
        {
            AnswerBy = AnswerBy.Unit,
            Editors = editors,
            Reminders = new ReminderPolicy([], new ReminderOffset(2, new TimeOnly(8, 0))) { ChaseAfter = [new ReminderOffset(1, new TimeOnly(8, 0))] },
        };
        var round = await _host.Services.GetRequiredService<RoundOpener>().OpenAsync(opening, null, CancellationToken.None);
        var store = _host.Services.GetRequiredService<RoundStore>();
        if ((await store.SubmissionOfAsync(Tenant, round.Id, "sorby", CancellationToken.None)) is null)
        {
            // Sørby's SKUT delivers: only Nordby's editors are chased (its configured editor outside the team has no chat).
            await store.SaveAsync(round, new AnswerEdit("sorby", "29:sorby-skut", new Dictionary<string, string?> { ["arbeid"] = "Utkast" }, SaveKind.Deliver) { BaseVersion = 0 },
                Opens.AddHours(1), null, CancellationToken.None);
        }

        return round;
    }

    private sealed class TestKind : IRoundKind
    {
        public string Kind => "test-kind";

        public JsonObject ReminderCard(RoundRecord round, ReminderKind moment, RoundProgress progress) =>
            new() { ["type"] = "AdaptiveCard", ["text"] = $"{moment.ToString().ToLowerInvariant()} {progress.Submitted} av {progress.Expected}" };

        public JsonObject EscalationCard(RoundRecord round, RoundProgress progress, IReadOnlyList<string> missingNames) =>
            new() { ["type"] = "AdaptiveCard", ["text"] = "mangler: " + string.Join(", ", missingNames) };
    }
}
