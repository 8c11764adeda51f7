namespace SkoleUtvikling.Bot.Protocol;

/// <summary>What a turn hands back to the HTTP layer: nothing (200) or an invoke response.</summary>
public interface ITurnHandler
{
    Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken);
}
