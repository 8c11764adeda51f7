using SkoleUtvikling.Bot.Storage.Queue;

namespace SkoleUtvikling.Bot.Filing;

/// <summary>
/// Section <c>Filing</c>. Graph is used when the bot has app credentials (<c>MicrosoftAppId</c> and
/// <c>MicrosoftAppPassword</c>); otherwise documents go to <see cref="ArchiveFolder"/>. The queue's own
/// settings are <see cref="QueueOptions"/>'s; filing jobs never give up on transient failures.
/// </summary>
public sealed class FilingOptions() : QueueOptions(
    pollInterval: TimeSpan.FromSeconds(5), leaseDuration: TimeSpan.FromMinutes(5), retryBaseDelay: TimeSpan.FromSeconds(5), retryMaxDelay: TimeSpan.FromMinutes(15))
{
    public const string SectionName = "Filing";
    public const string DefaultGraphBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>Graph's root including the version; tests point it at a loopback fake.</summary>
    public string GraphBaseUrl { get; set; } = DefaultGraphBaseUrl;

    /// <summary>Local folder for documents when Graph is not configured. A relative path resolves against the working directory.</summary>
    public string ArchiveFolder { get; set; } = "filing-archive";

    /// <summary>Documents one worker files at once.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>The longest one filing (all its Graph calls) may take before it counts as a transient failure.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(2);

}
