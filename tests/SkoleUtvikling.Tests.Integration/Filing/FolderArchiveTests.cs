using SkoleUtvikling.Bot.Features.Reflection;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SkoleUtvikling.Bot.Filing;

namespace SkoleUtvikling.Tests.Integration.Filing;

/// <summary>The archive fallback on a real temporary folder.</summary>
public sealed class FolderArchiveTests : IDisposable
{
    private const string Tenant = "6f1b0e1c-3a52-4d8e-9c1e-2f4a5b6c7d8e";
    private const string Team = "2b9c4f0e-7d1a-4e3b-8a6c-5d4e3f2a1b0c";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "skoleutvikling-archive-" + Guid.NewGuid().ToString("N"));
    private readonly FolderArchive _archive;

    public FolderArchiveTests() =>
        _archive = new FolderArchive(Options.Create(new FilingOptions { ArchiveFolder = _root }), NullLogger<FolderArchive>.Instance);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static FilingTarget Target(string meeting, string name) =>
        new(Tenant, Team, "19:leiarar@thread.tacv2", ReflectionFiling.Notes.PathFor(meeting, name));

    [Fact]
    public async Task A_note_is_written_at_the_same_relative_path_as_in_Graph_below_the_team()
    {
        var content = Encoding.UTF8.GetBytes("docx bytes");

        var filed = await _archive.FileAsync(Target("Møte 3: Lesing/skriving", "Kari Nordmann"), content, CancellationToken.None);

        var expected = Path.Combine(_root, Tenant, Team, "Refleksjonsnotater", "Møte 3- Lesing-skriving", "Kari Nordmann.docx");
        Assert.Equal(expected, filed.Location);
        Assert.Equal(content, await File.ReadAllBytesAsync(expected));
    }

    [Fact]
    public async Task Filing_twice_leaves_one_file_and_no_temporary_files()
    {
        var content = Encoding.UTF8.GetBytes("docx bytes");

        await _archive.FileAsync(Target("Møte 1", "Kari"), content, CancellationToken.None);
        var firstWrite = File.GetLastWriteTimeUtc((await _archive.FileAsync(Target("Møte 1", "Kari"), content, CancellationToken.None)).Location);
        var filed = await _archive.FileAsync(Target("Møte 1", "Kari"), content, CancellationToken.None);

        Assert.Equal(filed.Location, Assert.Single(Directory.GetFiles(_root, "*", SearchOption.AllDirectories)));
        Assert.Equal(firstWrite, File.GetLastWriteTimeUtc(filed.Location));
    }

    [Fact]
    public async Task New_content_at_the_same_path_replaces_the_old()
    {
        await _archive.FileAsync(Target("Møte 1", "Kari"), Encoding.UTF8.GetBytes("first"), CancellationToken.None);

        var filed = await _archive.FileAsync(Target("Møte 1", "Kari"), Encoding.UTF8.GetBytes("second, edited"), CancellationToken.None);

        Assert.Equal("second, edited", await File.ReadAllTextAsync(filed.Location));
        Assert.Single(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_tenant_id_cannot_lead_outside_the_archive()
    {
        var target = new FilingTarget("../../tmp", "..\\x", "19:x@thread.tacv2", ReflectionFiling.Notes.PathFor("Møte 1", "Kari"));

        var filed = await _archive.FileAsync(target, new byte[] { 1, 2, 3 }, CancellationToken.None);

        Assert.Equal(filed.Location, Assert.Single(Directory.GetFiles(_root, "*", SearchOption.AllDirectories)));
        Assert.StartsWith(Path.Combine(_root, "..-..-tmp", "..-x") + Path.DirectorySeparatorChar, filed.Location, StringComparison.Ordinal);
    }
}
