namespace SkoleUtvikling.Testing.Connector;

/// <summary>
/// What the fake does instead of (or on top of) its normal answer. A fault with <see cref="Status"/> 0
/// still carries the request out (the activity is accepted) and only delays or breaks the answer.
/// </summary>
public sealed record FakeFault
{
    public int Status { get; init; }
    public string? Code { get; init; }
    public string? SubCode { get; init; }
    public TimeSpan? RetryAfter { get; init; }
    public bool RetryAfterAsDate { get; init; }
    public TimeSpan Delay { get; init; }

    /// <summary>Carry the request out, then drop the connection without an answer.</summary>
    public bool DropAnswer { get; init; }

    /// <summary>429 Throttled with Retry-After in seconds (or, with <paramref name="asDate"/>, as an HTTP date).</summary>
    public static FakeFault Throttle(TimeSpan? retryAfter, bool asDate = false) =>
        new() { Status = 429, Code = "Throttled", RetryAfter = retryAfter, RetryAfterAsDate = asDate };

    public static FakeFault Error(int status, string? code = null, string? subCode = null) =>
        new() { Status = status, Code = code, SubCode = subCode };

    /// <summary>Carries the request out, then answers after <paramref name="delay"/> (on the fake's clock).</summary>
    public static FakeFault Slow(TimeSpan delay) => new() { Delay = delay };

    public static FakeFault Drop() => new() { DropAnswer = true };
}
