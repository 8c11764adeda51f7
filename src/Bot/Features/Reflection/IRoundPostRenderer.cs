using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection.Storage;
using SkoleUtvikling.Cards.Reflection;

namespace SkoleUtvikling.Bot.Features.Reflection;

/// <summary>Builds the channel post that carries a round's count, as it should look now (the plan owns that post).</summary>
public interface IRoundPostRenderer
{
    /// <returns>Null when the post can no longer be built (its plan event is gone).</returns>
    Task<JsonObject?> RenderAsync(RoundRecord round, ReflectionCountModel count, CancellationToken cancellationToken);
}
