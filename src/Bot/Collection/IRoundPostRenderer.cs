using System.Text.Json.Nodes;
using SkoleUtvikling.Bot.Collection.Storage;

namespace SkoleUtvikling.Bot.Collection;

/// <summary>
/// Builds the channel post that opened a round (<see cref="RoundRecord.PostDedupeKey"/>), as it should
/// look now, with the round's feature's <paramref name="sections"/> under it. The feature that owns
/// that post (the plan) implements it.
/// </summary>
public interface IRoundPostRenderer
{
    /// <returns>Null when the post can no longer be built (its plan event is gone).</returns>
    Task<JsonObject?> RenderAsync(RoundRecord round, IReadOnlyList<JsonNode> sections, CancellationToken cancellationToken);
}
