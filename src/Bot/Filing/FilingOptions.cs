namespace SkoleUtvikling.Bot.Filing;

/// <summary>
/// Section <c>Filing</c>. Graph is used when the bot has app credentials (<c>MicrosoftAppId</c> and
/// <c>MicrosoftAppPassword</c>); otherwise documents go to <see cref="ArchiveFolder"/>.
/// </summary>
public sealed class FilingOptions
{
    public const string SectionName = "Filing";
    public const string DefaultGraphBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>Graph's root including the version; tests point it at a loopback fake.</summary>
    public string GraphBaseUrl { get; set; } = DefaultGraphBaseUrl;

    /// <summary>Local folder for documents when Graph is not configured. A relative path resolves against the working directory.</summary>
    public string ArchiveFolder { get; set; } = "filing-archive";

    /// <summary>False: this instance only enqueues; another replica files.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Documents one worker files at once.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>How often the worker looks for due jobs when nothing woke it (other replicas' jobs, retries coming due).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claimed job belongs to a worker; a crashed worker's jobs are taken over after it. Longer than <see cref="AttemptTimeout"/>.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest one filing (all its Graph calls) may take before it counts as a transient failure.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>First retry delay after a transient failure without Retry-After; doubles per attempt, with jitter. Retry-After is honoured when longer.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest backoff; a longer Retry-After from Graph still wins. Jobs never give up on transient failures.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>On shutdown, how long filings under way may take to finish and be recorded before they are cancelled.</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(10);
}
