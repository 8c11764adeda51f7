using SkoleUtvikling.Scheduling.Plan;

namespace SkoleUtvikling.Bot.Features.Plan;

/// <summary>What publishing an import would change in the published plan, by event key and content hash.</summary>
public sealed record PlanDiff(IReadOnlyList<PlanEvent> New, IReadOnlyList<PlanEvent> Changed, IReadOnlyList<string> RemovedKeys, int Unchanged)
{
    public static PlanDiff Between(IReadOnlyDictionary<string, string> publishedHashes, IReadOnlyList<PlanEvent> imported)
    {
        var added = new List<PlanEvent>();
        var changed = new List<PlanEvent>();
        var unchanged = 0;
        foreach (var planEvent in imported)
        {
            if (!publishedHashes.TryGetValue(planEvent.Key, out var hash))
            {
                added.Add(planEvent);
            }
            else if (hash != PlanJson.ContentHash(planEvent))
            {
                changed.Add(planEvent);
            }
            else
            {
                unchanged++;
            }
        }

        var importedKeys = imported.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var removed = publishedHashes.Keys.Where(k => !importedKeys.Contains(k)).Order(StringComparer.Ordinal).ToList();
        return new PlanDiff(added, changed, removed, unchanged);
    }
}
