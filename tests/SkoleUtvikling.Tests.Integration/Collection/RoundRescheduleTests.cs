using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing;

namespace SkoleUtvikling.Tests.Integration.Collection;

/// <summary>
/// The engine's scoped rounds and moved deadlines (issue 15), on SQLite and PostgreSQL: one subject has one round per
/// scope (a nettverksgruppe) beside its unscoped round, each opened once; <see cref="RoundOpener.RescheduleAsync"/>
/// moves a round's deadline and late limit and re-plans its reminders from it (the old moments gone, none twice,
/// a moment already past left out), and a deadline that is not after the round opened is refused with nothing changed.
/// </summary>
public sealed class RoundRescheduleTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    /// <summary>Monday 21 September 2020, 10.00 Oslo.</summary>
    private static readonly DateTimeOffset Opens = new(2020, 9, 21, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Tuesday 29 September 12.00 Oslo.</summary>
    private static readonly DateTimeOffset Slot = new(2020, 9, 29, 10, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Backends => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task A_scoped_round_is_its_own_and_its_moved_deadline_replans_its_reminders_once(string backend)
    {
        var clock = new FakeTimeProvider(Opens);
        using var host = new BotHost(backend == "Postgres" ? TestDatabases.Postgres() : null, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<IRoundKind, TestKind>();
        });
        host.Start();
        var opener = host.Services.GetRequiredService<RoundOpener>();

        var whole = await opener.OpenAsync(Opening(null), null, CancellationToken.None);
        var group3 = await opener.OpenAsync(Opening("nettverksgruppe:gruppe-3"), null, CancellationToken.None);
        var group4 = await opener.OpenAsync(Opening("nettverksgruppe:gruppe-4"), null, CancellationToken.None);
        var again = await opener.OpenAsync(Opening("nettverksgruppe:gruppe-3"), null, CancellationToken.None);
        Assert.Equal(3, new[] { whole.Id, group3.Id, group4.Id }.Distinct().Count());
        Assert.Equal(group3.Id, again.Id);
        Assert.Equal(("lp-2020-10-01-nettverk#nettverksgruppe:gruppe-3", (string?)"nettverksgruppe:gruppe-3"),
            (group3.Round.PlanEventKey, RoundScope.Split(group3.Round.PlanEventKey).Scope));
        Assert.Equal(("lp-2020-10-01-nettverk", (string?)null), RoundScope.Split(whole.Round.PlanEventKey));
        Assert.Equal(["remind-202009250600", "remind-202009290600"], await RemindersAsync(host, group3.Id));

        // Moved to Wednesday 30 September 09.00: reminders on Monday 28 and Wednesday 30 at 08.00, chases after it.
        var moved = await opener.RescheduleAsync(group3, Slot.AddHours(21), LatePolicy.AcceptLateUntil(Slot.AddHours(21).AddDays(7)), null, CancellationToken.None);
        Assert.Equal(Slot.AddHours(21), moved!.Round.Deadline);
        Assert.Equal(Slot.AddHours(21).AddDays(7), moved.Round.LatePolicy.HardClose);
        Assert.Equal(Slot.AddHours(21), (await host.Services.GetRequiredService<RoundStore>().RoundAsync(Tenant, group3.Id, CancellationToken.None))!.Round.Deadline);
        var jobs = await JobsAsync(host, group3.Id);
        Assert.Equal(["remind-202009280600", "remind-202009300600"], Reminders(jobs));
        Assert.Equal(["chase-202010010600", "chase-202010060600", "escalate"], [.. jobs.Where(j => !j.StartsWith("remind-", StringComparison.Ordinal))]);
        // The other rounds of the subject keep theirs.
        Assert.Equal(["remind-202009250600", "remind-202009290600"], await RemindersAsync(host, group4.Id));
        Assert.Equal(Slot, (await host.Services.GetRequiredService<RoundStore>().RoundAsync(Tenant, whole.Id, CancellationToken.None))!.Round.Deadline);

        // Again with the same deadline: the same jobs.
        await opener.RescheduleAsync(moved, Slot.AddHours(21), moved.Round.LatePolicy, null, CancellationToken.None);
        Assert.Equal(jobs, await JobsAsync(host, group3.Id));

        // On Tuesday 29 September 09.00 it moves back to Thursday 1 October 09.00: the reminder two days before
        // (Tuesday 08.00) is past and left out; the one on the day stays.
        clock.SetUtcNow(new DateTimeOffset(2020, 9, 29, 7, 0, 0, TimeSpan.Zero));
        var later = new DateTimeOffset(2020, 10, 1, 7, 0, 0, TimeSpan.Zero);
        await opener.RescheduleAsync(moved, later, LatePolicy.Locked, null, CancellationToken.None);
        Assert.Equal(["remind-202010010600"], await RemindersAsync(host, group3.Id));

        // A deadline before the round opened is refused; nothing changes.
        await Assert.ThrowsAsync<ArgumentException>(() => opener.RescheduleAsync(moved, Opens.AddHours(-1), LatePolicy.Locked, null, CancellationToken.None));
        Assert.Equal(later, (await host.Services.GetRequiredService<RoundStore>().RoundAsync(Tenant, group3.Id, CancellationToken.None))!.Round.Deadline);
    }

    private static RoundOpening Opening(string? scope)
    {
        var form = new FormDefinition("notat", "Notat", [new FormField("tekst", "Tekst", FieldKind.LongText)]);
        return new RoundOpening("test-kind", Tenant, form, "lp-2020-10-01-nettverk", "Nettverksmøte", "LP · 1. oktober", new DateOnly(2020, 10, 1),
            "19:team@thread.tacv2", "19:kanal@thread.tacv2", "https://smba.trafficmanager.net/emea/", "post:none",
            [new RoundPerson("29:ola", RoundRole.Participant, null, "Ola Hansen"), new RoundPerson("29:leder", RoundRole.Leader, null, "Lise Leder")],
            Opens, Slot, LatePolicy.AcceptLateUntil(Slot.AddDays(7)))
        {
            Reminders = ReminderPolicy.Chasing,
            Scope = scope,
        };
    }

    private static async Task<List<string>> JobsAsync(BotHost host, string roundId)
    {
        await using var db = await host.Services.GetRequiredService<Database>().OpenAsync();
        return [.. (await db.QueryAsync<string>("SELECT job_name FROM qrtz_job_details WHERE job_group LIKE 'post:%round:' || @Id", new { Id = roundId }))
            .Select(j => j[(j.LastIndexOf('/') + 1)..]).Order(StringComparer.Ordinal)];
    }

    private static async Task<string[]> RemindersAsync(BotHost host, string roundId) => Reminders(await JobsAsync(host, roundId));

    private static string[] Reminders(IEnumerable<string> jobs) => [.. jobs.Where(j => j.StartsWith("remind-", StringComparison.Ordinal))];

    private sealed class TestKind : IRoundKind
    {
        public string Kind => "test-kind";

        public JsonObject ReminderCard(RoundRecord round, ReminderKind moment, RoundProgress progress) => new() { ["type"] = "AdaptiveCard" };

        public JsonObject EscalationCard(RoundRecord round, RoundProgress progress, IReadOnlyList<string> missingNames) => new() { ["type"] = "AdaptiveCard" };
    }
}
