namespace SkoleUtvikling.Scheduling.Jobs.Quartz;

/// <summary>
/// What the Bot tells the scheduler at start-up. The store is the app's own database, so the Bot
/// passes its storage provider and connection string through.
/// </summary>
public sealed class PostSchedulingSettings
{
    public JobStoreProvider Provider { get; set; } = JobStoreProvider.Sqlite;

    /// <summary>The app's ADO.NET connection string; Quartz's QRTZ_ tables are created beside the app's.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>
    /// Several bot replicas share the schedule and each post fires on one of them. PostgreSQL only, and
    /// required as soon as more than one replica runs: unclustered replicas would each fire every post.
    /// </summary>
    public bool Clustered { get; set; }

    /// <summary>How late a missed post may still go out (marked late) when the bot comes back; later ones are reported, not posted.</summary>
    public TimeSpan MisfireGracePeriod { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Lateness still counted as on time; also Quartz's own misfire threshold.</summary>
    public TimeSpan OnTimeTolerance { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Quartz's threads per replica (each runs one instant's posts, <see cref="FireDuePostsJob"/>), and
    /// the posts each of them dispatches in parallel. A dispatch is a couple of reads and one outbox
    /// insert that shares its commit with the others in flight, so a few per core.
    /// </summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>
    /// At most this many markers of posts that went are removed in one Quartz transaction (holding
    /// Quartz's trigger lock). Not configuration; tests make it small.
    /// </summary>
    internal int FiringChunkSize { get; set; } = 500;

    /// <summary>Quartz's scheduler name (SCHED_NAME): every replica of one deployment uses the same.</summary>
    public string SchedulerName { get; set; } = "SkoleUtvikling";

    /// <summary>This replica's id in the cluster; null lets Quartz generate a unique one (host name and time).</summary>
    public string? InstanceId { get; set; }

    /// <summary>Throws naming the first bad setting; called by <see cref="PostSchedulingServiceCollectionExtensions.AddPostScheduling"/>.</summary>
    public void Validate()
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(Provider))
        {
            errors.Add($"{nameof(Provider)} must be Sqlite or Postgres (was '{Provider}').");
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            errors.Add($"{nameof(ConnectionString)} is empty.");
        }

        if (Clustered && Provider != JobStoreProvider.Postgres)
        {
            errors.Add($"{nameof(Clustered)} needs Provider Postgres: replicas cannot share a SQLite file.");
        }

        if (OnTimeTolerance <= TimeSpan.Zero || OnTimeTolerance.Ticks % TimeSpan.TicksPerMillisecond != 0)
        {
            errors.Add($"{nameof(OnTimeTolerance)} must be a positive whole number of milliseconds (was {OnTimeTolerance}).");
        }

        if (MisfireGracePeriod < OnTimeTolerance)
        {
            errors.Add($"{nameof(MisfireGracePeriod)} must be at least {nameof(OnTimeTolerance)} (was {MisfireGracePeriod}).");
        }

        if (MaxConcurrency is < 1 or > 64)
        {
            errors.Add($"{nameof(MaxConcurrency)} must be 1–64 (was {MaxConcurrency}).");
        }

        if (FiringChunkSize < 1)
        {
            errors.Add($"{nameof(FiringChunkSize)} must be at least 1 (was {FiringChunkSize}).");
        }

        if (string.IsNullOrWhiteSpace(SchedulerName))
        {
            errors.Add($"{nameof(SchedulerName)} is empty.");
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException("Post scheduling settings are invalid: " + string.Join(" ", errors));
        }
    }
}
