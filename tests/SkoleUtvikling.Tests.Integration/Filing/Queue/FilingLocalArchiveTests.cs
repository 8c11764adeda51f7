using Microsoft.Extensions.Time.Testing;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Bot.Storage;
using SkoleUtvikling.Testing.Filing;
using SkoleUtvikling.Testing.Outbox;

namespace SkoleUtvikling.Tests.Integration.Filing.Queue;

/// <summary>Without Graph the worker files into the local archive folder, below a folder per tenant and team, and never waits for <c>arkiv</c>.</summary>
public sealed class FilingLocalArchiveTests : IAsyncLifetime
{
    private const string Tenant = "tenant-a";
    private const string Team = "19:team-solbakken@thread.tacv2";
    private readonly string _archive = Path.Combine(Path.GetTempPath(), "skoleutvikling-tests", Guid.NewGuid().ToString("N"), "arkiv");
    private readonly TestDocumentSource _source = new();
    private TestDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TestDatabase.CreateAsync(SqlDialect.Sqlite);

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        if (Directory.Exists(_archive))
        {
            Directory.Delete(_archive, recursive: true);
        }
    }

    [Fact]
    public async Task A_job_is_written_below_tenant_and_team_and_the_requester_gets_the_relative_path()
    {
        var document = _source.Set("n1", "Møte 1", "Kari");
        await using var host = new FilingHost(_db, new FakeTimeProvider(), [_source], new Dictionary<string, string?> { ["Filing:ArchiveFolder"] = _archive });
        await host.EnqueueAsync([new FilingRequest("note:n1", Tenant, Team, TestDocumentSource.DefaultKind, "n1", "29:kari")]);

        await host.StartAsync();
        var job = Assert.Single(await FilingRecords.WaitUntilAsync(host.Database, j => j.All(x => x.Status == "filed"), TimeSpan.FromSeconds(30), "the job filed"));

        var relative = "tenant-a/19-team-solbakken@thread.tacv2/Refleksjonsnotater/Møte 1/Kari.docx";
        Assert.Equal(Path.Combine(_archive, relative), job.Location);
        Assert.Equal(document.Content, await File.ReadAllBytesAsync(job.Location!));
        Assert.Null(job.WebUrl);
        var notice = Assert.Single(await FilingRecords.NoticesAsync(host.Database));
        Assert.Equal(FilingTexts.FiledLocally(relative), notice.Text);
    }
}
