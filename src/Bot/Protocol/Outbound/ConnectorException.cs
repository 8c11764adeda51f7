namespace SkoleUtvikling.Bot.Protocol.Outbound;

/// <summary>
/// A Connector call that did not succeed: the HTTP status (0 when no answer came), Teams' error code from
/// <c>{"error":{"code","message"}}</c>, Retry-After, and the correlation id Microsoft support asks for.
/// Whether to retry is the outbox's decision (protocol.md §5); <see cref="IsTransient"/> is the short form.
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(int statusCode, string? errorCode, TimeSpan? retryAfter, string message)
        : this(new ConnectorError(statusCode, errorCode, null, null, retryAfter, null, OutcomeUnknown: false), message, null)
    {
    }

    public ConnectorException(ConnectorError error, string message, Exception? innerException)
        : base(message, innerException)
    {
        Error = error;
    }

    public ConnectorException() : this(0, null, null, "Connector call failed") { }
    public ConnectorException(string message) : this(0, null, null, message) { }
    public ConnectorException(string message, Exception innerException)
        : this(new ConnectorError(0, null, null, null, null, null, OutcomeUnknown: true), message, innerException) { }

    public ConnectorError Error { get; }

    public int StatusCode => Error.StatusCode;
    public string? ErrorCode => Error.Code;
    public TimeSpan? RetryAfter => Error.RetryAfter;

    /// <summary>429, 412, 408 and 500/502/503/504 heal with time; no answer at all (status 0) too. Everything else will not.</summary>
    public bool IsTransient => StatusCode is 0 or 408 or 412 or 429 or 500 or 502 or 503 or 504;
}
