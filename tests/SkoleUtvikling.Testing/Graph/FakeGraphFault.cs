namespace SkoleUtvikling.Testing.Graph;

/// <summary>An answer the fake gives instead of carrying a request out, as Graph does when throttling or down.</summary>
public sealed record FakeGraphFault(int Status, string Code, TimeSpan? RetryAfter)
{
    /// <summary>429 with Retry-After in whole seconds, Graph's throttling answer.</summary>
    public static FakeGraphFault Throttle(TimeSpan retryAfter) => new(429, "TooManyRequests", retryAfter);

    public static FakeGraphFault Unavailable(TimeSpan? retryAfter = null) => new(503, "serviceNotAvailable", retryAfter);

    public static FakeGraphFault Error(int status, string code) => new(status, code, null);
}
