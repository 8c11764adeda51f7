using Microsoft.Extensions.Logging;

namespace SkoleUtvikling.Testing.Auth;

/// <summary>One formatted log line and where it came from.</summary>
public sealed record CapturedLogEntry(string Category, LogLevel Level, int EventId, string Message, Exception? Exception = null);
