namespace SkoleUtvikling.Bot.Filing;

/// <summary>
/// Filing failed in a way retrying will not fix: a bad target, missing permission (401/403), a
/// missing team or channel (404). Someone has to change configuration or the archive choice.
/// </summary>
public sealed class FilingPermanentException : Exception
{
    public FilingPermanentException()
    {
    }

    public FilingPermanentException(string message)
        : base(message)
    {
    }

    public FilingPermanentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FilingPermanentException(string message, int? statusCode, string? errorCode, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public int? StatusCode { get; }

    /// <summary>Graph's <c>error.code</c>, e.g. <c>accessDenied</c>.</summary>
    public string? ErrorCode { get; }
}
