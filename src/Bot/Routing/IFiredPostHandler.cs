namespace SkoleUtvikling.Bot.Routing;

/// <summary>
/// One feature's kind of scheduled post (a plan post, a round's reminder). Quartz fires a key;
/// <see cref="FiredPostRouter"/> gives it to the handler that claims it. Claims must not overlap.
/// </summary>
public interface IFiredPostHandler
{
    /// <summary>Whether <paramref name="postKey"/> has this handler's key format.</summary>
    bool Claims(string postKey);

    Task DispatchAsync(string postKey, DateTimeOffset scheduledFireUtc, bool late, CancellationToken cancellationToken);
}
