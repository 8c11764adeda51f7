namespace SkoleUtvikling.Bot.Protocol.Outbound;

/// <summary>What a failed Connector call told us.</summary>
/// <param name="StatusCode">HTTP status; 0 when no answer came (network error, timeout).</param>
/// <param name="Code">Teams' <c>error.code</c>, e.g. <c>ConversationBlockedByUser</c>; for status 0 <see cref="NetworkError"/> or <see cref="Timeout"/>.</param>
/// <param name="SubCode">Teams' <c>error.subCode</c> when sent, e.g. <c>MessageWritesBlocked</c>.</param>
/// <param name="Message">Teams' <c>error.message</c>: a reason for the log, never user data.</param>
/// <param name="RetryAfter">The Retry-After header, a date already turned into a delay.</param>
/// <param name="CorrelationId">The <c>X-Correlating-OperationId</c> header.</param>
/// <param name="OutcomeUnknown">The request may have reached the service and been carried out (timeout, broken answer).</param>
public sealed record ConnectorError(
    int StatusCode,
    string? Code,
    string? SubCode,
    string? Message,
    TimeSpan? RetryAfter,
    string? CorrelationId,
    bool OutcomeUnknown)
{
    public const string NetworkError = "NetworkError";
    public const string Timeout = "Timeout";

    /// <summary>True when <paramref name="code"/> is the code or the sub code.</summary>
    public bool Is(string code) =>
        string.Equals(Code, code, StringComparison.OrdinalIgnoreCase) || string.Equals(SubCode, code, StringComparison.OrdinalIgnoreCase);

    /// <summary>The most specific code for the record: the sub code when Teams gave one.</summary>
    public string? MostSpecificCode => SubCode ?? Code;
}
