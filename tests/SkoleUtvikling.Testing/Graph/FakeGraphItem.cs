namespace SkoleUtvikling.Testing.Graph;

/// <summary>A drive item the fake holds: a folder (no content) or a file.</summary>
public sealed record FakeGraphItem(string DriveId, string Id, string? ParentId, string Name, byte[]? Content, int Version)
{
    public bool IsFolder => Content is null;
}
