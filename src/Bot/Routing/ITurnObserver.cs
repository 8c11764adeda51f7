using SkoleUtvikling.Bot.Protocol;

namespace SkoleUtvikling.Bot.Routing;

/// <summary>Sees every inbound activity before any handler does (e.g. to remember where it came from).</summary>
public interface ITurnObserver
{
    Task RecordAsync(Activity activity, CancellationToken cancellationToken);
}
