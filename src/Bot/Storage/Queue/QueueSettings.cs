namespace SkoleUtvikling.Bot.Storage.Queue;

/// <summary>How one job kind's worker runs, taken from that kind's options section.</summary>
/// <param name="Enabled">False: this instance only enqueues; another replica works the queue.</param>
/// <param name="Concurrency">Jobs one worker holds at once.</param>
/// <param name="PollInterval">How often the worker looks for due jobs when nothing woke it.</param>
/// <param name="LeaseDuration">How long a claimed job belongs to a worker; a crashed worker's jobs are taken over after it.</param>
/// <param name="ShutdownGrace">On stop, how long jobs under way may take to finish and be recorded before they are cancelled.</param>
/// <param name="MaxInlineWait">A rate-limit wait up to this is waited out holding the job; a longer one hands it back with a due time.</param>
public sealed record QueueSettings(
    bool Enabled,
    int Concurrency,
    TimeSpan PollInterval,
    TimeSpan LeaseDuration,
    TimeSpan ShutdownGrace,
    TimeSpan MaxInlineWait);
