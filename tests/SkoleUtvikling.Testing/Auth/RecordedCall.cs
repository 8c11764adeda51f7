namespace SkoleUtvikling.Testing.Auth;

/// <summary>The host a request was addressed to (Host header) and its Authorization header, if any.</summary>
public sealed record RecordedCall(string Host, string Path, string? Authorization);
