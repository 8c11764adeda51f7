using SkoleUtvikling.Bot.Features.Reflection;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using SkoleUtvikling.Bot.Filing;
using SkoleUtvikling.Testing.Graph;

namespace SkoleUtvikling.Tests.Integration.Filing;

/// <summary>The real Graph SDK, through <see cref="GraphFiler"/>, against the fake Graph on loopback.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "Disposed in DisposeAsync, xunit's lifetime hook.")]
public sealed class GraphFilerTests : IAsyncLifetime
{
    private const string Tenant = "6f1b0e1c-3a52-4d8e-9c1e-2f4a5b6c7d8e";
    private const string Team = "2b9c4f0e-7d1a-4e3b-8a6c-5d4e3f2a1b0c";
    private const string Channel = "19:leiarar0a1b2c3d4e5f@thread.tacv2";
    private static readonly byte[] Note = Encoding.UTF8.GetBytes("PK\u0003\u0004 pretend docx of Kari");

    private FakeGraph _graph = null!;
    private HttpClient _http = null!;
    private GraphClients _clients = null!;
    private GraphFiler _filer = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _graph.AddChannel(Team, Channel);
        _http = GraphClients.CreateHttpClientWithoutRetries();
        _clients = new GraphClients(_ => new GraphServiceClient(_http, new AnonymousAuthenticationProvider(), _graph.BaseUrl));
        _filer = new GraphFiler(_clients, TimeProvider.System, NullLogger<GraphFiler>.Instance);
    }

    public async Task DisposeAsync()
    {
        _clients.Dispose();
        _http.Dispose();
        await _graph.DisposeAsync();
    }

    private static FilingTarget Target(string meeting, string name) =>
        new(Tenant, Team, Channel, ReflectionFiling.Notes.PathFor(meeting, name));

    [Fact]
    public async Task A_note_is_filed_under_Refleksjonsnotater_meeting_name_docx()
    {
        var filed = await _filer.FileAsync(Target("Møte 3: Lesing/skriving", "Kari Nordmann"), Note, CancellationToken.None);

        var files = _graph.FilesIn(Team, Channel);
        var file = Assert.Single(files);
        Assert.Equal("Refleksjonsnotater/Møte 3- Lesing-skriving/Kari Nordmann.docx", file.Key);
        Assert.Equal(Note, file.Value.Content);
        Assert.Equal(file.Value.Id, filed.Location);
        Assert.NotNull(filed.WebUrl);
        Assert.Equal(["filesFolder", "createFolder", "createFolder", "putContent"], _graph.Calls.Select(c => c.Route));
    }

    [Fact]
    public async Task The_upload_asks_for_replace_in_the_query_string_and_folders_for_fail()
    {
        await _filer.FileAsync(Target("Møte 1", "Kari"), Note, CancellationToken.None);

        var put = Assert.Single(_graph.Calls, c => c.Route == "putContent");
        Assert.EndsWith(":/content?@microsoft.graph.conflictBehavior=replace", put.RawTarget, StringComparison.Ordinal);
        Assert.Contains("/teams/" + Team + "/channels/19%3Aleiarar0a1b2c3d4e5f%40thread.tacv2/filesFolder", _graph.Calls[0].RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filing_the_same_note_twice_leaves_one_file()
    {
        await _filer.FileAsync(Target("Møte 1", "Kari"), Note, CancellationToken.None);
        await _filer.FileAsync(Target("Møte 1", "Kari"), Note, CancellationToken.None);

        var file = Assert.Single(_graph.FilesIn(Team, Channel));
        Assert.Equal(Note, file.Value.Content);
        Assert.Equal(2, file.Value.Version);
        Assert.Equal(["Refleksjonsnotater", "Refleksjonsnotater/Møte 1", "Refleksjonsnotater/Møte 1/Kari.docx"], _graph.PathsIn(Team, Channel));
    }

    [Fact]
    public async Task Existing_folders_answered_with_409_are_used_as_they_are()
    {
        await _filer.FileAsync(Target("Møte 1", "Kari"), Note, CancellationToken.None);

        // Another replica (or this one after a restart) has not seen the folders yet.
        var other = new GraphFiler(_clients, TimeProvider.System, NullLogger<GraphFiler>.Instance);
        await other.FileAsync(Target("Møte 1", "Ola"), Note, CancellationToken.None);

        Assert.Equal(2, _graph.Calls.Count(c => c.Route == "createFolder" && c.Status == 409));
        Assert.Equal(["Refleksjonsnotater/Møte 1/Kari.docx", "Refleksjonsnotater/Møte 1/Ola.docx"], _graph.FilesIn(Team, Channel).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, _graph.PathsIn(Team, Channel).Count(p => !p.EndsWith(".docx", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_next_note_of_a_meeting_is_one_PUT_and_a_vanished_folder_is_looked_up_again()
    {
        await _filer.FileAsync(Target("Møte 1", "Kari"), Note, CancellationToken.None);
        var before = _graph.Calls.Count;

        await _filer.FileAsync(Target("Møte 1", "Ola"), Note, CancellationToken.None);

        Assert.Equal(["putContent"], _graph.Calls.Skip(before).Select(c => c.Route));
        _graph.FailNext("putContent", FakeGraphFault.Error(404, "itemNotFound"));
        var gone = await Assert.ThrowsAsync<FilingTransientException>(() => _filer.FileAsync(Target("Møte 1", "Per"), Note, CancellationToken.None));
        Assert.Equal(404, gone.StatusCode);
        var afterGone = _graph.Calls.Count;
        await _filer.FileAsync(Target("Møte 1", "Per"), Note, CancellationToken.None);
        Assert.Contains(_graph.Calls.Skip(afterGone), c => c.Route == "filesFolder");
    }

    [Fact]
    public async Task Throttling_surfaces_as_transient_with_its_Retry_After_after_one_attempt_and_nothing_half_written()
    {
        _graph.FailNext("putContent", FakeGraphFault.Throttle(TimeSpan.FromSeconds(7)));

        var ex = await Assert.ThrowsAsync<FilingTransientException>(() => _filer.FileAsync(Target("Møte 1", "Kari"), Note, CancellationToken.None));

        Assert.Equal(429, ex.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        // One attempt only: the SDK's retry handler is out of the pipeline, the outbox owns retries.
        Assert.Equal(1, _graph.CallCount("putContent"));
        Assert.Empty(_graph.FilesIn(Team, Channel));

        await _filer.FileAsync(Target("Møte 1", "Kari"), Note, CancellationToken.None);
        Assert.Equal(Note, Assert.Single(_graph.FilesIn(Team, Channel)).Value.Content);
    }

    [Fact]
    public async Task Service_unavailable_on_the_files_folder_is_transient_and_sends_nothing_further()
    {
        _graph.FailNext("filesFolder", FakeGraphFault.Unavailable(TimeSpan.FromSeconds(30)));

        var ex = await Assert.ThrowsAsync<FilingTransientException>(() => _filer.FileAsync(Target("Møte 1", "Kari"), Note, CancellationToken.None));

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), ex.RetryAfter);
        Assert.Equal(["filesFolder"], _graph.Calls.Select(c => c.Route));
    }

    [Fact]
    public async Task Throttling_while_creating_a_folder_is_transient_too()
    {
        _graph.FailNext("createFolder", FakeGraphFault.Throttle(TimeSpan.FromSeconds(2)));

        var ex = await Assert.ThrowsAsync<FilingTransientException>(() => _filer.FileAsync(Target("Møte 1", "Kari"), Note, CancellationToken.None));

        Assert.Equal(TimeSpan.FromSeconds(2), ex.RetryAfter);
        Assert.Equal(1, _graph.CallCount("createFolder"));
        Assert.Equal(0, _graph.CallCount("putContent"));
    }

    [Fact]
    public async Task An_unknown_channel_is_permanent_with_404()
    {
        var target = new FilingTarget(Tenant, Team, "19:unknown@thread.tacv2", ReflectionFiling.Notes.PathFor("Møte 1", "Kari"));

        var ex = await Assert.ThrowsAsync<FilingPermanentException>(() => _filer.FileAsync(target, Note, CancellationToken.None));

        Assert.Equal(404, ex.StatusCode);
        Assert.Equal("NotFound", ex.ErrorCode);
    }

    [Fact]
    public async Task Access_denied_on_upload_is_permanent()
    {
        _graph.FailNext("putContent", FakeGraphFault.Error(403, "accessDenied"));

        var ex = await Assert.ThrowsAsync<FilingPermanentException>(() => _filer.FileAsync(Target("Møte 1", "Kari"), Note, CancellationToken.None));

        Assert.Equal(403, ex.StatusCode);
        Assert.Equal("accessDenied", ex.ErrorCode);
        Assert.Equal(1, _graph.CallCount("putContent"));
    }

    [Fact]
    public async Task An_unreachable_Graph_is_transient()
    {
        var baseUrl = _graph.BaseUrl;
        await _graph.DisposeAsync();
        using var clients = new GraphClients(_ => new GraphServiceClient(_http, new AnonymousAuthenticationProvider(), baseUrl));
        var filer = new GraphFiler(clients, TimeProvider.System, NullLogger<GraphFiler>.Instance);

        var ex = await Assert.ThrowsAsync<FilingTransientException>(() => filer.FileAsync(Target("Møte 1", "Kari"), Note, CancellationToken.None));

        Assert.Null(ex.StatusCode);
        _graph = await FakeGraph.StartAsync();
    }
}
