using Dapper;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Collection;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Bot.Features.Reflection;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing.Outbox;

namespace SkoleUtvikling.Tests.Integration.Features.Reflection;

/// <summary>
/// The round store on a real database, one subclass per dialect: rounds are created once, every save
/// is a version, and the privacy condition sits in the query (author, a leader by Teams or Entra id,
/// in the round's tenant; nobody else).
/// </summary>
#pragma warning disable CA1001 // The database is disposed by IAsyncLifetime.DisposeAsync, which xunit calls.
public abstract class RoundStoreTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string LederAad = "3c1a5e7b-2d4f-4a6b-8c0d-1e2f3a4b5c6d";
    private const string ConfiguredAad = "6b1f8e2c-4d0a-4c67-9a3e-3f0a2b1c9d11";
    private static readonly DateTimeOffset Opens = new(2026, 11, 19, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private TestDatabase _db = null!;
    private Database _database = null!;
    private RoundStore _store = null!;

    protected abstract SqlDialect Dialect { get; }

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(Dialect);
        _database = new Database(Options.Create(_db.Options));
        _store = new RoundStore(_database, new RoundCache(TimeProvider.System));
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Creating_a_round_twice_keeps_the_first_and_reports_that_it_existed()
    {
        var first = await _database.InTransactionAsync((c, t) => RoundStore.CreateAsync(c, t, Record("Klasseledelse"), Opens));
        var second = await _database.InTransactionAsync((c, t) => RoundStore.CreateAsync(c, t, Record("Et annet navn"), Opens.AddHours(1)));

        Assert.Equal((true, false), (first, second));
        var round = await _store.RoundAsync(Tenant, "r-store", CancellationToken.None);
        Assert.Equal("Klasseledelse", round!.Title);
        Assert.Equal(4, round.People.Count);
        Assert.Equal(Deadline.AddDays(7), round.Round.LatePolicy.HardClose);
        Assert.Equal(new DateOnly(2026, 11, 26), round.MeetingDate);
        Assert.True(round.IsLeader("aad:" + ConfiguredAad, null));
        await using var c = await _database.OpenAsync();
        Assert.Equal(4L, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM collection_people WHERE round_id = 'r-store'"));
    }

    [Fact]
    public async Task A_round_read_while_an_exemption_commits_is_not_kept_after_it()
    {
        await CreateAsync();
        var before = (await _store.RoundAsync(Tenant, "r-store", CancellationToken.None))!;
        Assert.DoesNotContain("29:ola", before.Round.Exempt);

        await _database.InTransactionAsync(async (c, t) =>
        {
            await _store.SetExemptAsync(c, t, before, "29:ola", exempt: true);
            // Another request reads the round on its own connection before this commit: it sees the old round.
            var meanwhile = (await _store.RoundAsync(Tenant, "r-store", CancellationToken.None))!;
            Assert.DoesNotContain("29:ola", meanwhile.Round.Exempt);
        });

        var after = (await _store.RoundAsync(Tenant, "r-store", CancellationToken.None))!;
        Assert.Contains("29:ola", after.Round.Exempt);
    }

    [Fact]
    public async Task Every_save_is_a_new_version_and_the_count_counts_the_author_once()
    {
        await CreateAsync();
        await SaveAsync("29:ola", "Første versjon av notatet om klasseledelse.", Opens.AddHours(1));
        await SaveAsync("29:ola", "Andre versjon av notatet om klasseledelse, rettet.", Opens.AddHours(2));

        var own = Assert.Single(await _store.ReadableSubmissionsAsync(Tenant, "r-store", "29:ola", null, CancellationToken.None));
        Assert.Equal([1, 2], own.Versions.Select(v => v.Number));
        Assert.Equal("Andre versjon av notatet om klasseledelse, rettet.", own.LatestDelivered!.Answers["q1"]);
        var round = (await _store.RoundAsync(Tenant, "r-store", CancellationToken.None))!;
        var progress = CollectionRules.Progress(round.Round, await _store.StatesAsync("r-store", CancellationToken.None));
        Assert.Equal((1, 2), (progress.Submitted, progress.Expected));
    }

    [Fact]
    public async Task The_same_version_number_twice_is_refused_by_the_database()
    {
        await CreateAsync();
        var round = (await _store.RoundAsync(Tenant, "r-store", CancellationToken.None))!.Round;
        var saved = SubmissionRules.Save(round, null, "29:ola", Answers("Et notat som er langt nok til å telle."), SaveKind.Deliver, Opens.AddHours(1)).Submission!;
        await _database.InTransactionAsync((c, t) => RoundStore.AppendAsync(c, t, saved, "Ola Hansen"));

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            _database.InTransactionAsync((c, t) => RoundStore.AppendAsync(c, t, saved, "Ola Hansen")));
    }

    [Fact]
    public async Task The_author_reads_only_their_own_note()
    {
        await TwoNotesAsync();

        var readable = await _store.ReadableSubmissionsAsync(Tenant, "r-store", "29:ola", "9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b", CancellationToken.None);

        Assert.Equal(["29:ola"], readable.Select(s => s.AuthorId));
    }

    [Fact]
    public async Task A_leader_by_Teams_id_reads_every_note()
    {
        await TwoNotesAsync();

        var readable = await _store.ReadableSubmissionsAsync(Tenant, "r-store", "29:rolf", null, CancellationToken.None);

        Assert.Equal(["29:ola", "29:per"], readable.Select(s => s.AuthorId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_leader_by_Entra_id_reads_every_note_whatever_Teams_id_they_come_with()
    {
        await TwoNotesAsync();

        var byTeamsOwner = await _store.ReadableSubmissionsAsync(Tenant, "r-store", "29:rolf-on-another-device", LederAad, CancellationToken.None);
        var configured = await _store.ReadableSubmissionsAsync(Tenant, "r-store", "29:kari", ConfiguredAad, CancellationToken.None);

        Assert.Equal(2, byTeamsOwner.Count);
        Assert.Equal(2, configured.Count);
    }

    [Theory]
    [InlineData("29:siri", "7f6e5d4c-3b2a-4f1e-9d8c-7b6a5f4e3d2c")]
    [InlineData("29:nils", null)]
    [InlineData("29:nils", "")]
    [InlineData("", "")]
    public async Task A_participant_without_a_note_or_a_stranger_reads_nothing(string readerId, string? readerAad)
    {
        await TwoNotesAsync();

        Assert.Empty(await _store.ReadableSubmissionsAsync(Tenant, "r-store", readerId, readerAad, CancellationToken.None));
    }

    [Fact]
    public async Task A_leader_in_another_tenant_reads_nothing()
    {
        await TwoNotesAsync();

        Assert.Empty(await _store.ReadableSubmissionsAsync("0b5e7c9d-1f2a-4b3c-8d4e-5f6a7b8c9d0e", "r-store", "29:rolf", LederAad, CancellationToken.None));
        Assert.Null(await _store.RoundAsync("0b5e7c9d-1f2a-4b3c-8d4e-5f6a7b8c9d0e", "r-store", CancellationToken.None));
        Assert.Empty(await _store.OwnSubmissionsAsync("0b5e7c9d-1f2a-4b3c-8d4e-5f6a7b8c9d0e", "29:ola", CancellationToken.None));
    }

    [Fact]
    public async Task Rounds_are_found_for_members_and_for_leaders_by_Entra_id()
    {
        await CreateAsync();

        Assert.Single(await _store.RoundsOfMemberAsync(Tenant, "29:ola", null, 10, CancellationToken.None));
        Assert.Single(await _store.RoundsLedByAsync(Tenant, "29:kari", ConfiguredAad, 10, CancellationToken.None));
        Assert.Empty(await _store.RoundsLedByAsync(Tenant, "29:ola", null, 10, CancellationToken.None));
        Assert.Empty(await _store.RoundsOfMemberAsync(Tenant, "29:nils", "", 10, CancellationToken.None));
    }

    private async Task TwoNotesAsync()
    {
        await CreateAsync();
        await SaveAsync("29:ola", "Olas notat om klasseledelse og relasjoner.", Opens.AddHours(1));
        await SaveAsync("29:per", "Pers notat om rutiner og ro i klasserommet.", Opens.AddHours(2));
    }

    private Task<bool> CreateAsync() => _database.InTransactionAsync((c, t) => RoundStore.CreateAsync(c, t, Record("Klasseledelse"), Opens));

    private async Task SaveAsync(string author, string answer, DateTimeOffset at)
    {
        var round = (await _store.RoundAsync(Tenant, "r-store", CancellationToken.None))!.Round;
        await _database.InTransactionAsync(async (c, t) =>
        {
            var own = await RoundStore.OwnSubmissionAsync(c, t, Tenant, round.Id, author);
            var outcome = SubmissionRules.Save(round, own, author, Answers(answer), SaveKind.Deliver, at);
            Assert.Equal(SaveStatus.Saved, outcome.Status);
            await RoundStore.AppendAsync(c, t, outcome.Submission!, author);
        });
    }

    private static Dictionary<string, string?> Answers(string text) =>
        new() { ["q1"] = text, ["q2"] = "Jeg tar dette med meg inn i undervisningen neste uke." };

    private static RoundRecord Record(string title)
    {
        RoundPerson[] people =
        [
            new("29:rolf", RoundRole.Leader, LederAad, "Rolf Rektor"),
            new("aad:" + ConfiguredAad, RoundRole.Leader, ConfiguredAad, "Kari Nordmann"),
            new("29:ola", RoundRole.Participant, "9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b", "Ola Hansen"),
            new("29:per", RoundRole.Participant, null, "Per Berg"),
        ];
        var round = new Round("r-store", Tenant, ReflectionNoteForm.Default, "kulg-2026-11-26", "19:kulg@thread.tacv2",
            people.Where(p => p.Role == RoundRole.Leader).Select(p => p.UserId), people.Where(p => p.Role == RoundRole.Participant).Select(p => p.UserId),
            [], Opens, Deadline, LatePolicy.AcceptLateUntil(Deadline.AddDays(7)));
        return new RoundRecord(round, title, "KULG · torsdag 26.11.2026 kl. 13.00", new DateOnly(2026, 11, 26), "19:team@thread.tacv2",
            "https://smba.trafficmanager.net/emea/", "post:kulg-2026-11-26", people);
    }
}
