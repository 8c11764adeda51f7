namespace SkoleUtvikling.Bot.Filing;

/// <summary>
/// Filing failed in a way a later attempt may fix: throttling (429), an unavailable service (503/504),
/// a network error. <see cref="RetryAfter"/> is the server's <c>Retry-After</c> when it sent one.
/// </summary>
public sealed class FilingTransientException : Exception
{
    public FilingTransientException()
    {
    }

    public FilingTransientException(string message)
        : base(message)
    {
    }

    public FilingTransientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FilingTransientException(string message, int? statusCode, TimeSpan? retryAfter, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status, or null for a network failure.</summary>
    public int? StatusCode { get; }

    public TimeSpan? RetryAfter { get; }
}
