namespace SkoleUtvikling.Bot.Storage.Queue.Limits;

/// <summary>
/// The one back-off gate per tenant: a 429 pauses every send of that tenant until Retry-After has
/// passed, or, without Retry-After, for an exponential backoff that grows with each 429 in a row and
/// starts over after a success. Not thread-safe; the owner locks.
/// </summary>
public sealed class TenantGate(RetryBackoff backoff)
{
    private readonly Dictionary<string, State> _tenants = new(StringComparer.Ordinal);

    /// <summary>When the tenant may send again, or null when it is not paused.</summary>
    public DateTimeOffset? PausedUntil(string tenantId, DateTimeOffset now) =>
        _tenants.TryGetValue(tenantId, out var state) && state.Until > now ? state.Until : null;

    /// <summary>Every tenant paused at <paramref name="now"/>, with when it may send again.</summary>
    public IEnumerable<(string TenantId, DateTimeOffset Until)> Paused(DateTimeOffset now) =>
        _tenants.Where(t => t.Value.Until > now).Select(t => (t.Key, t.Value.Until));

    /// <returns>The time the tenant may send again (never earlier than an existing pause).</returns>
    public DateTimeOffset Pause(string tenantId, TimeSpan? retryAfter, DateTimeOffset now)
    {
        if (!_tenants.TryGetValue(tenantId, out var state))
        {
            state = new State();
            _tenants[tenantId] = state;
        }

        state.Throttles++;
        var until = now + (retryAfter ?? backoff.Delay(state.Throttles));
        if (until > state.Until)
        {
            state.Until = until;
        }

        return state.Until;
    }

    /// <summary>A success: the next 429 without Retry-After starts from the smallest backoff again.</summary>
    public void Succeeded(string tenantId)
    {
        if (_tenants.TryGetValue(tenantId, out var state))
        {
            state.Throttles = 0;
        }
    }

    public void Prune(DateTimeOffset now)
    {
        foreach (var (tenant, state) in _tenants.Where(t => t.Value.Until <= now && t.Value.Throttles == 0).ToList())
        {
            _tenants.Remove(tenant);
        }
    }

    private sealed class State
    {
        public DateTimeOffset Until { get; set; }
        public int Throttles { get; set; }
    }
}
