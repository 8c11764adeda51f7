using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing.Auth;
using SkoleUtvikling.Testing.Filing;
using SkoleUtvikling.Testing.Graph;
using SkoleUtvikling.Testing.Outbox;

namespace SkoleUtvikling.Tests.Integration.Filing.Queue;

/// <summary>
/// The filing worker as the bot composes it, with app tokens from the loopback key server and the
/// real GraphFiler against the fake Graph, on real SQLite and a fake clock.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "Disposed in DisposeAsync, xunit's lifetime hook.")]
public sealed class FilingWorkerTests : IAsyncLifetime
{
    private const string Tenant = "6f1b0e1c-3a52-4d8e-9c1e-2f4a5b6c7d8e";
    private const string Team = "19:team-solbakken@thread.tacv2";
    private const string Group = "2b9c4f0e-7d1a-4e3b-8a6c-5d4e3f2a1b0c";
    private const string Channel = "19:ledelse@thread.tacv2";
    private const string Kari = "29:kari";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 5, 20, 0, 0, TimeSpan.Zero));
    private readonly TestDocumentSource _source = new();
    private TestDatabase _db = null!;
    private KeyServer _keys = null!;
    private FakeGraph _graph = null!;
    private FilingHost _host = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(SqlDialect.Sqlite);
        _keys = await KeyServer.StartAsync();
        _graph = await FakeGraph.StartAsync();
        _graph.AddChannel(Group, Channel, "Ledelse");
        _host = new FilingHost(_db, _clock, [_source], FilingHost.GraphSettings(_keys, _graph.BaseUrl));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _graph.DisposeAsync();
        await _keys.DisposeAsync();
        await _db.DisposeAsync();
    }

    private static FilingRequest Request(string subject, string? notify = Kari) =>
        new($"note:{subject}:v1", Tenant, Team, TestDocumentSource.DefaultKind, subject, notify, "https://smba.trafficmanager.net/emea/");

    private Task<IReadOnlyList<FilingJobRecord>> WaitUntilAsync(Func<IReadOnlyList<FilingJobRecord>, bool> done, string what) =>
        FilingRecords.WaitUntilAsync(_host.Database, done, Wait, what);

    private long Now => _clock.GetUtcNow().ToUnixTimeMilliseconds();

    [Fact]
    public async Task A_job_is_filed_at_its_path_in_the_chosen_channel_and_the_requester_gets_the_link()
    {
        var document = _source.Set("n1", "KULG 6. januar", "Kari Nordmann");
        await _host.ChooseArchiveAsync(Tenant, Team, Group, Channel);
        await _host.EnqueueAsync([Request("n1")]);

        await _host.StartAsync();
        var job = Assert.Single(await WaitUntilAsync(j => j.All(x => x.Status == "filed"), "the job filed"));

        var file = Assert.Single(_graph.FilesIn(Group, Channel));
        Assert.Equal("Refleksjonsnotater/KULG 6. januar/Kari Nordmann.docx", file.Key);
        Assert.Equal(document.Content, file.Value.Content);
        Assert.Equal((file.Value.Id, 1), (job.Location, job.Attempts));
        var attempt = Assert.Single(await FilingRecords.AttemptsAsync(_host.Database));
        Assert.Equal(("filed", 200), (attempt.Outcome, attempt.StatusCode));
        var notice = Assert.Single(await FilingRecords.NoticesAsync(_host.Database));
        Assert.Equal((Kari, "CreatePersonal"), (notice.ConversationId, notice.Operation));
        Assert.Contains(job.WebUrl!, notice.Text, StringComparison.Ordinal);
        Assert.Contains("«Kari Nordmann.docx» er arkivert", notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_document_is_loaded_when_filed_so_the_newest_version_is_what_lands()
    {
        _source.Set("n1", "Møte 1", "Kari", "first version");
        await _host.ChooseArchiveAsync(Tenant, Team, Group, Channel);
        await _host.EnqueueAsync([Request("n1")]);
        var newest = _source.Set("n1", "Møte 1", "Kari", "edited before the worker came round");

        await _host.StartAsync();
        await WaitUntilAsync(j => j.All(x => x.Status == "filed"), "the job filed");

        Assert.Equal(newest.Content, Assert.Single(_graph.FilesIn(Group, Channel)).Value.Content);
    }

    [Fact]
    public async Task A_429_waits_for_its_Retry_After_and_pauses_every_job_of_the_tenant()
    {
        await using var host = new FilingHost(_db, _clock, [_source], new Dictionary<string, string?>(FilingHost.GraphSettings(_keys, _graph.BaseUrl)) { ["Filing:Concurrency"] = "1" });
        _source.Set("n1", "Møte 1", "Kari");
        _source.Set("n2", "Møte 1", "Ola");
        await host.ChooseArchiveAsync(Tenant, Team, Group, Channel);
        await host.EnqueueAsync([Request("n1"), Request("n2")]);
        _graph.FailNext("putContent", FakeGraphFault.Throttle(TimeSpan.FromSeconds(7)));
        var start = Now;

        await host.StartAsync();
        var jobs = await FilingRecords.WaitUntilAsync(host.Database, j => j[0].Attempts == 1, Wait, "the first attempt");

        var throttled = Assert.Single(await FilingRecords.AttemptsAsync(host.Database));
        Assert.Equal(("transient", 429, 7000L), (throttled.Outcome, throttled.StatusCode, throttled.RetryAfterMs));
        Assert.Equal(start + 7000, throttled.NextAttemptAtMs);
        Assert.Equal(start + 7000, jobs[0].NextAttemptAtMs);
        Assert.Equal(start + 7000, await FilingRecords.TenantPausedUntilAsync(host.Database, Tenant));
        Assert.Equal(("pending", 0), (jobs[1].Status, jobs[1].Attempts));

        _clock.Advance(TimeSpan.FromSeconds(7));
        await FilingRecords.WaitUntilAsync(host.Database, j => j.All(x => x.Status == "filed"), Wait, "both jobs filed");

        var attempts = await FilingRecords.AttemptsAsync(host.Database);
        // The other note was not tried while the tenant was paused: its only attempt is at the pause's end.
        Assert.Equal(start + 7000, Assert.Single(attempts, a => a.JobId == jobs[1].Id).StartedAtMs);
        Assert.Equal(2, _graph.FilesIn(Group, Channel).Count);
        Assert.Equal(3, _graph.CallCount("putContent"));
    }

    [Fact]
    public async Task A_503_without_Retry_After_backs_off_then_succeeds()
    {
        _source.Set("n1", "Møte 1", "Kari");
        await _host.ChooseArchiveAsync(Tenant, Team, Group, Channel);
        await _host.EnqueueAsync([Request("n1")]);
        _graph.FailNext("filesFolder", FakeGraphFault.Unavailable());
        var start = Now;

        await _host.StartAsync();
        await WaitUntilAsync(j => j[0].Attempts == 1, "the first attempt");

        var failed = Assert.Single(await FilingRecords.AttemptsAsync(_host.Database));
        Assert.Equal(("transient", 503), (failed.Outcome, failed.StatusCode));
        // Filing:RetryBaseDelay is 5 s: the first retry waits between half and all of it.
        Assert.InRange(failed.NextAttemptAtMs!.Value, start + 2500, start + 5000);
        Assert.Null(await FilingRecords.TenantPausedUntilAsync(_host.Database, Tenant));

        _clock.Advance(TimeSpan.FromSeconds(5));
        var job = Assert.Single(await WaitUntilAsync(j => j.All(x => x.Status == "filed"), "the job filed"));

        Assert.Equal(2, job.Attempts);
        Assert.Single(_graph.FilesIn(Group, Channel));
    }

    [Fact]
    public async Task A_filing_whose_outcome_is_unknown_is_filed_again_since_an_upload_replaces_the_same_name()
    {
        // The in-doubt policy of the queue: Graph uploads are idempotent, so a timed-out one is repeated, never held.
        await using var host = new FilingHost(_db, _clock, [_source], new Dictionary<string, string?>(FilingHost.GraphSettings(_keys, _graph.BaseUrl))
        {
            ["Filing:AttemptTimeout"] = "00:00:10",
            ["Outbox:InDoubt"] = "Hold",
        });
        _source.Set("n1", "Møte 1", "Kari");
        await host.ChooseArchiveAsync(Tenant, Team, Group, Channel);
        await host.EnqueueAsync([Request("n1")]);
        _graph.PutDelay = TimeSpan.FromHours(1);

        await host.StartAsync();
        await Scheduling.Eventually.HoldsAsync(() => _graph.Calls.Count > 0, "the attempt under way at Graph");
        _clock.Advance(TimeSpan.FromSeconds(10));
        var jobs = await FilingRecords.WaitUntilAsync(host.Database, j => j[0].Attempts == 1, Wait, "the timed-out attempt recorded");

        var unknown = Assert.Single(await FilingRecords.AttemptsAsync(host.Database));
        Assert.Equal(("transient", 0, "pending"), (unknown.Outcome, unknown.StatusCode, jobs[0].Status));
        Assert.Contains("AttemptTimeout", jobs[0].LastError, StringComparison.Ordinal);

        _graph.PutDelay = TimeSpan.Zero;
        _clock.Advance(TimeSpan.FromSeconds(5));
        var job = Assert.Single(await FilingRecords.WaitUntilAsync(host.Database, j => j.All(x => x.Status == "filed"), Wait, "the job filed"));

        Assert.Equal(2, job.Attempts);
        Assert.Single(_graph.FilesIn(Group, Channel));
    }

    [Fact]
    public async Task A_403_stops_the_job_as_dead_and_tells_the_requester_in_Norwegian()
    {
        _source.Set("n1", "Møte 1", "Kari");
        await _host.ChooseArchiveAsync(Tenant, Team, Group, Channel);
        await _host.EnqueueAsync([Request("n1")]);
        _graph.FailNext("filesFolder", FakeGraphFault.Error(403, "accessDenied"));

        await _host.StartAsync();
        var job = Assert.Single(await WaitUntilAsync(j => j.All(x => x.Status == "dead"), "the job dead"));

        Assert.Equal((403, 1), (job.LastStatusCode, job.Attempts));
        Assert.Contains("403", job.LastError, StringComparison.Ordinal);
        Assert.Equal(["filesFolder"], _graph.Calls.Select(c => c.Route));
        var notice = Assert.Single(await FilingRecords.NoticesAsync(_host.Database));
        Assert.Equal(Kari, notice.ConversationId);
        Assert.Contains("«Kari.docx» kunne ikke arkiveres: boten har ikke tilgang", notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_archive_jobs_wait_the_requester_is_told_once_and_arkiv_releases_them()
    {
        _source.Set("n1", "Møte 1", "Kari");
        _source.Set("n2", "Møte 2", "Kari");
        await _host.EnqueueAsync([Request("n1"), Request("n2")]);

        await _host.StartAsync();
        await WaitUntilAsync(j => j.All(x => x.Status == "waiting"), "both jobs waiting");

        Assert.Empty(await FilingRecords.AttemptsAsync(_host.Database));
        var told = Assert.Single(await FilingRecords.NoticesAsync(_host.Database));
        Assert.Equal(Kari, told.ConversationId);
        Assert.Contains("arkiv", told.Text, StringComparison.Ordinal);

        Assert.Equal(2, await _host.ChooseArchiveAsync(Tenant, Team, Group, Channel));
        var jobs = await WaitUntilAsync(j => j.All(x => x.Status == "filed"), "both jobs filed");

        Assert.All(jobs, j => Assert.Equal(1, j.Attempts));
        Assert.Equal(["Refleksjonsnotater/Møte 1/Kari.docx", "Refleksjonsnotater/Møte 2/Kari.docx"], _graph.FilesIn(Group, Channel).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_subject_that_is_gone_ends_the_job_without_a_file()
    {
        await _host.ChooseArchiveAsync(Tenant, Team, Group, Channel);
        await _host.EnqueueAsync([Request("deleted-note", notify: null)]);

        await _host.StartAsync();
        var job = Assert.Single(await WaitUntilAsync(j => j.All(x => x.Status == "filed"), "the job ended"));

        Assert.Null(job.Location);
        Assert.Contains("no longer exists", job.LastError, StringComparison.Ordinal);
        Assert.Equal("gone", Assert.Single(await FilingRecords.AttemptsAsync(_host.Database)).Outcome);
        Assert.Empty(_graph.Calls);
        Assert.Equal(1, _source.Loads("deleted-note"));
    }

    [Fact]
    public async Task The_same_dedupe_key_twice_adds_no_second_job()
    {
        Assert.Equal(1, await _host.EnqueueAsync([Request("n1")]));
        Assert.Equal(0, await _host.EnqueueAsync([Request("n1")]));
        Assert.Equal(1, await _host.EnqueueAsync([Request("n1") with { DedupeKey = "note:n1:v2" }]));

        Assert.Equal(["note:n1:v1", "note:n1:v2"], (await FilingRecords.JobsAsync(_host.Database)).Select(j => j.DedupeKey));
    }
}
