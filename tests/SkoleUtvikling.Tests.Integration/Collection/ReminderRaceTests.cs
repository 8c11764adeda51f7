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
/// A unit's answer delivered while its reminder is firing: the runner has read who is missing, then the
/// answer commits before the reminder's messages are queued. Nobody is reminded of an answer already in;
/// a reminder of another unit still goes.
/// </summary>
public sealed class ReminderRaceTests : IDisposable
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static readonly DateTimeOffset Opens = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = new(2026, 11, 27, 22, 59, 59, TimeSpan.Zero);
    private readonly BotHost _host;

    public ReminderRaceTests()
    {
        _host = new BotHost(services: s =>
        {
            s.AddSingleton<TimeProvider>(new FakeTimeProvider(Opens));
            s.AddSingleton<IRoundKind, DeliveringWhileCardIsBuilt>();
        });
        _host.Start();
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_answer_delivered_between_reading_who_is_missing_and_queueing_the_reminder_stops_it_for_that_unit_only()
    {
        var round = await OpenAsync();
        var moment = RoundReminderKeys.For(Tenant, round.Id, new ScheduledReminder(Opens.AddDays(2), ReminderKind.Remind));

        await _host.Services.GetRequiredService<IPostDispatcher>().DispatchAsync(moment, Opens.AddDays(2), late: false, CancellationToken.None);

        var store = _host.Services.GetRequiredService<RoundStore>();
        Assert.NotNull((await store.SubmissionOfAsync(Tenant, round.Id, "nordby", CancellationToken.None))?.LatestDelivered);
        await using var db = await _host.Services.GetRequiredService<Database>().OpenAsync();
        var to = (await db.QueryAsync<string>("SELECT conversation_key FROM outbox WHERE dedupe_key LIKE '%|round:%' ORDER BY conversation_key")).ToList();
        Assert.Equal(["personal:29:sorby-rektor", "personal:29:sorby-skut"], to);
    }

    [Fact]
    public async Task An_escalation_whose_last_missing_answer_arrives_while_it_fires_tells_nobody()
    {
        var round = await OpenAsync();
        var store = _host.Services.GetRequiredService<RoundStore>();
        await store.SaveAsync(round, new AnswerEdit("sorby", "29:sorby-rektor", new Dictionary<string, string?> { ["arbeid"] = "Levert i tide." }, SaveKind.Deliver) { BaseVersion = 0 },
            Opens.AddHours(1), null, CancellationToken.None);
        var moment = RoundReminderKeys.For(Tenant, round.Id, new ScheduledReminder(Deadline.AddDays(3), ReminderKind.Escalate));

        await _host.Services.GetRequiredService<IPostDispatcher>().DispatchAsync(moment, Deadline.AddDays(3), late: false, CancellationToken.None);

        await using var db = await _host.Services.GetRequiredService<Database>().OpenAsync();
        Assert.Equal(0L, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE '%|round:%'"));
    }

    private async Task<RoundRecord> OpenAsync()
    {
        var database = _host.Services.GetRequiredService<Database>();
        await database.ExecuteAsync("""
            INSERT INTO conversations (conversation_id, tenant_id, kind, team_id, user_id, service_url, bot_id, blocked, updated_at_ms)
            VALUES ('19:veiledere@thread.tacv2', @Tenant, 'channel', '19:team@thread.tacv2', NULL, 'https://smba.trafficmanager.net/emea/', '28:bot', FALSE, 0)
            ON CONFLICT DO NOTHING
            """, new { Tenant });
        UnitPeople School(string id) => new([], [new UnitPerson("29:veileder", null, "Vera Veileder")], [new($"29:{id}-rektor", null, "Rektor"), new($"29:{id}-skut", null, "SKUT")]);
        var (people, editors) = RoundOpening.ForUnits(
        [
            (new RegisteredUnit(Tenant, "nordby", UnitKinds.School, "Nordby skole", "19:nordby", "19:nordby-skut", ""), School("nordby")),
            (new RegisteredUnit(Tenant, "sorby", UnitKinds.School, "Sørby skole", "19:sorby", "19:sorby-skut", ""), School("sorby")),
        ]);
        var form = new FormDefinition("tilbakemelding", "Tilbakemelding", [new FormField("arbeid", "Arbeid", FieldKind.LongText)]);
        var opening = new RoundOpening(DeliveringWhileCardIsBuilt.Name, Tenant, form, "race:runde-1", "Mellomarbeid", "Veiledning 1", new DateOnly(2026, 11, 27),
            "19:team@thread.tacv2", "19:veiledere@thread.tacv2", "https://smba.trafficmanager.net/emea/", "post:none", people, Opens, Deadline,
            LatePolicy.AcceptLateUntil(Deadline.AddDays(30)))
        {
            AnswerBy = AnswerBy.Unit,
            Editors = editors,
            Reminders = new ReminderPolicy([new ReminderOffset(2, new TimeOnly(8, 0))], new ReminderOffset(1, new TimeOnly(8, 0))),
        };
        return await _host.Services.GetRequiredService<RoundOpener>().OpenAsync(opening, null, CancellationToken.None);
    }

    /// <summary>Nordby's rektor delivers while the runner builds its card: after it read who was missing, before it queues.</summary>
    private sealed class DeliveringWhileCardIsBuilt(RoundStore store) : IRoundKind
    {
        public const string Name = "race-kind";

        public string Kind => Name;

        public JsonObject ReminderCard(RoundRecord round, ReminderKind moment, RoundProgress progress) => new() { ["type"] = "AdaptiveCard", ["text"] = "husk" };

        public JsonObject EscalationCard(RoundRecord round, RoundProgress progress, IReadOnlyList<string> missingNames) => new() { ["type"] = "AdaptiveCard", ["text"] = "mangler" };

        public Task<JsonObject> ReminderCardAsync(RoundRecord round, ReminderKind moment, RoundProgress progress, CancellationToken cancellationToken) =>
            DeliverThenAsync(round, "nordby", ReminderCard(round, moment, progress), cancellationToken);

        public Task<JsonObject> EscalationCardAsync(RoundRecord round, RoundProgress progress, IReadOnlyList<string> missingNames, CancellationToken cancellationToken) =>
            DeliverThenAsync(round, "nordby", EscalationCard(round, progress, missingNames), cancellationToken);

        private async Task<JsonObject> DeliverThenAsync(RoundRecord round, string unit, JsonObject card, CancellationToken cancellationToken)
        {
            var outcome = await store.SaveAsync(round, new AnswerEdit(unit, $"29:{unit}-rektor", new Dictionary<string, string?> { ["arbeid"] = "Sendt akkurat nå." }, SaveKind.Deliver) { BaseVersion = 0 },
                Opens.AddHours(2), null, cancellationToken);
            Assert.Equal(SaveStatus.Saved, outcome.Status);
            return card;
        }
    }
}
