using Dapper;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing.Outbox;

namespace SkoleUtvikling.Tests.Integration.Collection;

/// <summary>
/// A unit's answer with several editors on a real database, one subclass per dialect: many editors
/// saving over the same version at once (exactly one wins, the others are told and keep their text),
/// who may read it, drafts that are not counted, and whatever the save queues committing with it.
/// </summary>
#pragma warning disable CA1001 // The database is disposed by IAsyncLifetime.DisposeAsync, which xunit calls.
public abstract class UnitAnswerStoreTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string School = "unit:skole:nordby-skole";
    private const string RektorAad = "0b6f1c2e-7a34-4d5e-9f10-2a3b4c5d6e7f";
    private const int Editors = 24;
    private static readonly DateTimeOffset Opens = new(2026, 11, 19, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static readonly FormDefinition Feedback = new("mellomarbeid-tilbakemelding", "Tilbakemelding",
    [
        new FormField("arbeid", "Beskriv hvordan dere har arbeidet", FieldKind.LongText, required: true, minLength: 10, maxLength: 2000),
    ]);

    private TestDatabase _db = null!;
    private Database _database = null!;
    private RoundStore _store = null!;

    protected abstract SqlDialect Dialect { get; }

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Dialect);
        _database = new Database(Options.Create(_db.Options));
        _store = new RoundStore(_database, new RoundCache(TimeProvider.System));
        await _database.InTransactionAsync((c, t) => RoundStore.CreateAsync(c, t, Record(), Opens));
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Many_editors_saving_over_the_same_version_at_once_exactly_one_wins_and_the_rest_keep_their_text()
    {
        var round = (await _store.RoundAsync(Tenant, "r-unit", CancellationToken.None))!;
        var first = await _store.SaveAsync(round, Edit("29:skut-0", "Utgangspunktet alle åpnet.", SaveKind.Draft, 0), Opens.AddHours(1), null, CancellationToken.None);
        Assert.Equal(SaveStatus.Saved, first.Status);
        var queued = 0;

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var saves = Enumerable.Range(1, Editors).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return (Editor: i, Outcome: await _store.SaveAsync(round, Edit($"29:skut-{i}", $"Teksten til redaktør nummer {i}.", SaveKind.Deliver, 1),
                Opens.AddHours(2), (_, _, _) => { Interlocked.Increment(ref queued); return Task.CompletedTask; }, CancellationToken.None));
        })).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(saves);

        var winner = Assert.Single(outcomes, o => o.Outcome.Status == SaveStatus.Saved);
        Assert.All(outcomes.Where(o => o != winner), o =>
        {
            Assert.Equal(SaveStatus.Conflict, o.Outcome.Status);
            Assert.Equal($"Teksten til redaktør nummer {o.Editor}.", o.Outcome.Answers["arbeid"]);
            Assert.NotNull(o.Outcome.NewerVersion);
            Assert.True(o.Outcome.NewerVersion!.Number >= 2);
        });
        Assert.Equal(1, queued);
        var stored = (await _store.SubmissionOfAsync(Tenant, "r-unit", School, CancellationToken.None))!;
        Assert.Equal([1, 2], stored.Versions.Select(v => v.Number));
        Assert.Equal(($"29:skut-{winner.Editor}", $"Teksten til redaktør nummer {winner.Editor}."), (stored.Latest!.SavedBy, stored.Latest.Answers["arbeid"]));
    }

    [Fact]
    public async Task The_refused_editor_saves_deliberately_over_the_newer_version_and_both_texts_stay_as_versions()
    {
        var round = (await _store.RoundAsync(Tenant, "r-unit", CancellationToken.None))!;
        await _store.SaveAsync(round, Edit("29:skut-1", "SKUT sin tekst om arbeidet.", SaveKind.Draft, 0), Opens.AddHours(1), null, CancellationToken.None);
        var refused = await _store.SaveAsync(round, Edit("aad:" + RektorAad, "Rektors tekst om arbeidet.", SaveKind.Deliver, 0, RektorAad), Opens.AddHours(2), null, CancellationToken.None);

        var again = await _store.SaveAsync(round, Edit("aad:" + RektorAad, refused.Answers["arbeid"], SaveKind.Deliver, refused.NewerVersion!.Number, RektorAad), Opens.AddHours(3), null, CancellationToken.None);

        Assert.Equal((SaveStatus.Conflict, SaveStatus.Saved), (refused.Status, again.Status));
        var stored = (await _store.SubmissionOfAsync(Tenant, "r-unit", School, CancellationToken.None))!;
        Assert.Equal(["SKUT sin tekst om arbeidet.", "Rektors tekst om arbeidet."], stored.Versions.Select(v => v.Answers["arbeid"]));
    }

    [Fact]
    public async Task A_draft_is_not_counted_and_the_delivery_is()
    {
        var round = (await _store.RoundAsync(Tenant, "r-unit", CancellationToken.None))!;
        var draft = await _store.SaveAsync(round, Edit("29:skut-1", "Kort", SaveKind.Draft, 0), Opens.AddHours(1), null, CancellationToken.None);
        await using (var c = await _database.OpenAsync())
        {
            Assert.Equal(0, await RoundStore.SubmittedCountAsync(c, null, "r-unit"));
        }

        var delivered = await _store.SaveAsync(round, Edit("29:skut-1", "Nå er teksten lang nok til å sendes.", SaveKind.Deliver, 1), Opens.AddHours(2), null, CancellationToken.None);

        Assert.Equal((SaveStatus.Saved, false, true), (draft.Status, draft.Delivered, delivered.Delivered));
        await using var c2 = await _database.OpenAsync();
        Assert.Equal(1, await RoundStore.SubmittedCountAsync(c2, null, "r-unit"));
    }

    [Fact]
    public async Task Editors_and_leaders_read_the_units_answer_and_nobody_else_does()
    {
        var round = (await _store.RoundAsync(Tenant, "r-unit", CancellationToken.None))!;
        await _store.SaveAsync(round, Edit("29:skut-1", "Teksten om arbeidet på skolen.", SaveKind.Deliver, 0), Opens.AddHours(1), null, CancellationToken.None);

        var byEditor = await _store.ReadableSubmissionsAsync(Tenant, "r-unit", "29:skut-2", null, CancellationToken.None);
        var byRektor = await _store.ReadableSubmissionsAsync(Tenant, "r-unit", "29:rektor-phone", RektorAad, CancellationToken.None);
        var byLeader = await _store.ReadableSubmissionsAsync(Tenant, "r-unit", "29:veileder", null, CancellationToken.None);
        var byTeacher = await _store.ReadableSubmissionsAsync(Tenant, "r-unit", "29:laerer", null, CancellationToken.None);
        var otherTenant = await _store.ReadableSubmissionsAsync("another-tenant", "r-unit", "29:skut-2", null, CancellationToken.None);

        Assert.Equal((1, 1, 1, 0, 0), (byEditor.Count, byRektor.Count, byLeader.Count, byTeacher.Count, otherTenant.Count));
        Assert.NotNull(await _store.AnswerForAsync(round, School, "29:rektor-phone", RektorAad, CancellationToken.None));
        Assert.Null(await _store.AnswerForAsync(round, School, "29:laerer", null, CancellationToken.None));
        var rounds = await _store.RoundsOfMemberAsync(Tenant, "29:rektor-phone", RektorAad, 10, CancellationToken.None);
        Assert.Equal(["r-unit"], rounds.Select(r => r.Id));
        Assert.Equal([7, 2], rounds[0].Reminders.RemindBefore.Select(r => r.Days));
        Assert.Equal(new TimeOnly(9, 30), Assert.Single(rounds[0].Reminders.ChaseAfter).At);
        Assert.Equal((AnswerBy.Unit, "mellomarbeid", Editors + 2), (rounds[0].Round.AnswerBy, rounds[0].Kind, rounds[0].Editors.Count));
    }

    private static AnswerEdit Edit(string editor, string text, SaveKind kind, int baseVersion, string? aad = null) =>
        new(School, editor, new Dictionary<string, string?> { ["arbeid"] = text }, kind) { BaseVersion = baseVersion, EditorAadObjectId = aad };

    private static RoundRecord Record()
    {
        RoundPerson[] people =
        [
            new("29:veileder", RoundRole.Leader, null, "Vera Veileder"),
            new(School, RoundRole.Participant, null, "Nordby skole"),
        ];
        RoundEditor[] editors =
        [
            new(School, "aad:" + RektorAad, RektorAad, "Rita Rektor"),
            // skut-0 opens the answer; skut-1 … skut-{Editors} race over it.
            .. Enumerable.Range(0, Editors + 1).Select(i => new RoundEditor(School, $"29:skut-{i}", null, $"SKUT {i}")),
        ];
        var round = new Round("r-unit", Tenant, Feedback, "mellomarbeid:nordby:3", "19:skut@thread.tacv2",
            ["29:veileder"], [School], [], Opens, Deadline, LatePolicy.Locked)
        {
            AnswerBy = AnswerBy.Unit,
            Editors = RoundStore.EditorSets(editors),
        };
        return new RoundRecord(round, "Mellomarbeid", "Veiledning 3", new DateOnly(2026, 11, 26), "19:team@thread.tacv2",
            "https://smba.trafficmanager.net/emea/", "post:mellomarbeid:nordby:3", people)
        {
            Kind = "mellomarbeid",
            Editors = editors,
            Reminders = new ReminderPolicy([new ReminderOffset(7, new TimeOnly(8, 0)), new ReminderOffset(2, new TimeOnly(8, 0))], new ReminderOffset(1, new TimeOnly(8, 0)))
            {
                ChaseAfter = [new ReminderOffset(1, new TimeOnly(9, 30))],
            },
        };
    }
}

public sealed class SqliteUnitAnswerStoreTests : UnitAnswerStoreTests
{
    protected override SqlDialect Dialect => SqlDialect.Sqlite;
}

public sealed class PostgresUnitAnswerStoreTests : UnitAnswerStoreTests
{
    protected override SqlDialect Dialect => SqlDialect.Postgres;
}
