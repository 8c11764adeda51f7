namespace SkoleUtvikling.Bot.Storage.Queue.Limits;

/// <summary>
/// Exponential backoff with jitter: attempt n waits between half and all of base·2^(n−1), capped at
/// <see cref="Max"/>. The jitter keeps many rows that failed together from retrying together.
/// </summary>
public sealed class RetryBackoff(TimeSpan baseDelay, TimeSpan max, Random random)
{
    public TimeSpan Max => max;

    /// <param name="attempt">1 for the first retry.</param>
    public TimeSpan Delay(int attempt)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ceiling = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), max.TotalMilliseconds);
        double share;
        lock (random)
        {
            share = random.NextDouble();
        }

        return TimeSpan.FromMilliseconds(ceiling / 2 + share * ceiling / 2);
    }
}
