using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Routing;

/// <summary>One feature's entry point for a kind of activity. The router asks each in turn.</summary>
public interface IActivityHandler
{
    bool CanHandle(Activity activity);

    Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken);
}
