using System.Collections.Concurrent;
using SkoleUtvikling.Bot.Storage;

namespace SkoleUtvikling.Bot.Collection.Storage;

/// <summary>
/// Rounds read recently, for a minute. A round and its people change only when someone joins late, and
/// that goes through <see cref="RoundStore.AddPersonAsync"/>, which forgets the round here; another
/// replica learns of the joiner within the minute, or at once when the same person reaches it.
/// Without it every submit into a round of thousands read all its people.
/// </summary>
public sealed class RoundCache(TimeProvider time)
{
    private const int MaxRounds = 512;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<(string Tenant, string Round), (RoundRecord Record, DateTimeOffset Until)> _rounds = new();
    private long _generation;

    /// <summary>Rises with every <see cref="Forget"/>: a read that began before it may hold what was forgotten.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public RoundRecord? Get(string tenantId, string roundId) =>
        _rounds.TryGetValue((tenantId, roundId), out var hit) && hit.Until > time.GetUtcNow() ? hit.Record : null;

    /// <summary>Keeps a round read when the cache was at <paramref name="readSince"/>; a read older than a forget is dropped.</summary>
    public void Put(RoundRecord record, long readSince)
    {
        if (Generation != readSince)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (_rounds.Count >= MaxRounds)
        {
            foreach (var stale in _rounds.Where(r => r.Value.Until <= now).Select(r => r.Key).ToList())
            {
                _rounds.TryRemove(stale, out _);
            }

            if (_rounds.Count >= MaxRounds)
            {
                _rounds.Clear();
            }
        }

        _rounds[(record.TenantId, record.Id)] = (record, now + Lifetime);
    }

    /// <summary>
    /// Drops the round now and again once the calling transaction has ended: until its commit another connection still
    /// reads the old round, and a read begun after the first drop would otherwise be kept for a minute.
    /// </summary>
    public void Forget(string roundId)
    {
        Drop(roundId);
        Database.AfterCommit(() => Drop(roundId));
    }

    private void Drop(string roundId)
    {
        Interlocked.Increment(ref _generation);
        foreach (var key in _rounds.Keys.Where(k => k.Round == roundId).ToList())
        {
            _rounds.TryRemove(key, out _);
        }
    }
}
