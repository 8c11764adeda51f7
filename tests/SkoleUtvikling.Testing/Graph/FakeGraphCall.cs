namespace SkoleUtvikling.Testing.Graph;

/// <summary>One request the fake Graph received and its answer.</summary>
/// <param name="Route">filesFolder, createFolder, getByPath, putContent, listChannels or unknown.</param>
/// <param name="RawTarget">Path and query as sent, still escaped.</param>
/// <param name="Fault">Set when the answer was an injected fault.</param>
public sealed record FakeGraphCall(long Sequence, string Method, string Route, string RawTarget, string? Authorization, int Status, bool Fault);
