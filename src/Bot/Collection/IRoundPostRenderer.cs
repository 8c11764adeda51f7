using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>Builds the channel post that carries a round's count, as it should look now. The feature that owns that post (the plan) implements it.</summary>
public interface IRoundPostRenderer
{
    /// <returns>Null when the post can no longer be built (its plan event is gone).</returns>
    Task<JsonObject?> RenderAsync(RoundRecord round, ReflectionCountModel count, CancellationToken cancellationToken);
}
