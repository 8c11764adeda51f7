using Microsoft.Extensions.Logging;

namespace SkoleUtvikling.Testing.Outbox;

/// <summary>One log line as <see cref="CapturedLogs"/> kept it.</summary>
public sealed record CapturedLog(LogLevel Level, int EventId, string Category, string Message, Exception? Exception);
