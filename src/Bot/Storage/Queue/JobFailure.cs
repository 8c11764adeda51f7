namespace SkoleUtvikling.Bot.Storage.Queue;

/// <summary>A failed attempt as the job kind classified it.</summary>
/// <param name="StatusCode">HTTP status; 0 when no answer came.</param>
/// <param name="RetryAfter">The server's Retry-After, when it sent one.</param>
/// <param name="OutcomeUnknown">The request may have been carried out (timeout or stop after it left).</param>
/// <param name="What">Status and error code for the job's record, e.g. <c>503 ServiceUnavailable</c>.</param>
public sealed record JobFailure(FailureKind Kind, int StatusCode, TimeSpan? RetryAfter, bool OutcomeUnknown, string What);
