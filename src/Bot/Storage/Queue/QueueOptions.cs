namespace SkoleUtvikling.Bot.Storage.Queue;

/// <summary>
/// The settings every job kind's section has (<c>Outbox</c>, <c>Filing</c>, …), with the kind's own
/// defaults. Times are TimeSpans ("00:00:02").
/// </summary>
public abstract class QueueOptions(TimeSpan pollInterval, TimeSpan leaseDuration, TimeSpan retryBaseDelay, TimeSpan retryMaxDelay)
{
    /// <summary>False: this instance only enqueues; another replica works the queue.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the worker looks for due jobs when nothing woke it (other replicas' jobs, retries coming due).</summary>
    public TimeSpan PollInterval { get; set; } = pollInterval;

    /// <summary>How long a claimed job belongs to its worker; a crashed worker's jobs are taken over after it. Longer than the longest hold of one job.</summary>
    public TimeSpan LeaseDuration { get; set; } = leaseDuration;

    /// <summary>On shutdown, how long jobs under way may take to finish and be recorded before they are cancelled. Keep it below the host's shutdown timeout (30 s by default).</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First retry delay after a transient failure, and after a 429 without Retry-After; doubles per attempt, with jitter. A longer Retry-After wins.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = retryBaseDelay;

    /// <summary>The longest backoff; a longer Retry-After still wins.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = retryMaxDelay;

    /// <summary>Adds a message naming <c>{section}:{key}</c> for each shared setting out of range.</summary>
    public static void ValidateShared(List<string> failures, string section, QueueOptions options)
    {
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentNullException.ThrowIfNull(options);
        Between(failures, section, nameof(PollInterval), options.PollInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10));
        Between(failures, section, nameof(ShutdownGrace), options.ShutdownGrace, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        Between(failures, section, nameof(RetryBaseDelay), options.RetryBaseDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromHours(1));
        Between(failures, section, nameof(RetryMaxDelay), options.RetryMaxDelay, options.RetryBaseDelay, TimeSpan.FromDays(1));
    }

    public static void Between(List<string> failures, string section, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        ArgumentNullException.ThrowIfNull(failures);
        if (value < min || value > max)
        {
            failures.Add($"{section}:{key} must be between {min} and {max}, was {value}.");
        }
    }
}
