namespace SkoleUtvikling.Bot.Protocol.Outbound;

/// <summary>A Connector call that did not succeed. <see cref="IsTransient"/> follows protocol.md §5.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(int statusCode, string? errorCode, TimeSpan? retryAfter, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
    }

    public ConnectorException() : this(0, null, null, "Connector call failed") { }
    public ConnectorException(string message) : this(0, null, null, message) { }
    public ConnectorException(string message, Exception innerException) : base(message, innerException) { }

    public int StatusCode { get; }
    public string? ErrorCode { get; }
    public TimeSpan? RetryAfter { get; }

    /// <summary>429, 412 and 5xx heal with time; a network failure (status 0) too. Everything else will not.</summary>
    public bool IsTransient => StatusCode is 0 or 429 or 412 or 500 or 502 or 503 or 504;
}
