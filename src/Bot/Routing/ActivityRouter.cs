using SkoleUtvikling.Bot.Messaging;
using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Routing;

/// <summary>
/// The turn handler: lets the observers see the activity (where it came from), then gives it to the first feature
/// handler that wants it; typed text nobody else took goes to the message commands last. A card click
/// nobody took gets a short Norwegian answer in the shape Teams expects (<see cref="StaleCardAnswers"/>).
/// Unknown activity types get 200 and a debug line, never an exception.
/// </summary>
public sealed class ActivityRouter(
    IEnumerable<ITurnObserver> observers,
    IEnumerable<IActivityHandler> handlers,
    MessageRouter commands,
    Replies replies,
    ILogger<ActivityRouter> logger) : ITurnHandler
{
    private readonly IActivityHandler[] _handlers = [.. handlers];
    private readonly ITurnObserver[] _observers = [.. observers];

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            await observer.RecordAsync(activity, cancellationToken);
        }

        foreach (var handler in _handlers)
        {
            if (handler.CanHandle(activity))
            {
                return await handler.HandleAsync(activity, cancellationToken);
            }
        }

        if (commands.CanHandle(activity))
        {
            return await commands.HandleAsync(activity, cancellationToken);
        }

        RoutingLog.Unhandled(logger, activity.Type, activity.Name);
        if (activity.IsType(ActivityTypes.Invoke))
        {
            return StaleCardAnswers.ForInvoke(activity);
        }

        if (StaleCardAnswers.IsCardSubmit(activity))
        {
            await replies.ReplyTextAsync(activity, RoutingTexts.CardNoLongerKnown, cancellationToken);
        }

        return null;
    }
}
