using SkoleUtvikling.Scheduling.Jobs;

namespace SkoleUtvikling.Bot.Routing;

/// <summary>The one way Quartz firings reach the bot: the feature whose key format it is.</summary>
public sealed class FiredPostRouter(IEnumerable<IFiredPostHandler> handlers, ILogger<FiredPostRouter> logger) : IPostDispatcher
{
    private readonly IFiredPostHandler[] _handlers = [.. handlers];

    public Task DispatchAsync(string postKey, DateTimeOffset scheduledFireUtc, bool late, CancellationToken cancellationToken)
    {
        var handler = _handlers.FirstOrDefault(h => h.Claims(postKey));
        if (handler is null)
        {
            RoutingLog.UnknownPostKey(logger, postKey);
            return Task.CompletedTask;
        }

        return handler.DispatchAsync(postKey, scheduledFireUtc, late, cancellationToken);
    }
}
