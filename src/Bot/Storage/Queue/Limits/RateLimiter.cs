namespace SkoleUtvikling.Bot.Storage.Queue.Limits;

/// <summary>
/// Everything that decides whether a job's call may start now, for one worker: the tenant's
/// back-off gate, the tenant's windows and the key's windows (for Teams sends the conversation).
/// Each job kind brings its own windows. Asking and counting happen under one lock, so concurrent
/// jobs never both take the last place.
/// </summary>
public sealed class RateLimiter(
    IReadOnlyList<RateWindow> perKey,
    IReadOnlyList<RateWindow> perTenant,
    RetryBackoff throttleBackoff,
    TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SlidingWindowLog> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SlidingWindowLog> _keys = new(StringComparer.Ordinal);
    private readonly TenantGate _gate = new(throttleBackoff);

    /// <summary>A permit when the call may start now (it is counted from now on), else how long to wait.</summary>
    public RateDecision TryAcquire(string tenantId, string key)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (_gate.PausedUntil(tenantId, now) is { } until)
            {
                return RateDecision.WaitFor(until - now, tenantPaused: true);
            }

            var tenant = LogFor(_tenants, tenantId, perTenant);
            var keyed = LogFor(_keys, key, perKey);
            var wait = Max(tenant.DelayUntilFree(now), keyed.DelayUntilFree(now));
            if (wait > TimeSpan.Zero)
            {
                return RateDecision.WaitFor(wait, tenantPaused: false);
            }

            return RateDecision.Granted(new RatePermit(tenantId, tenant.Take(now), keyed.Take(now)));
        }
    }

    /// <summary>The call's answer came (whatever it was): from now on it counts by its finish time.</summary>
    public void Complete(RatePermit permit)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            SlidingWindowLog.Complete(permit.TenantSlot, now);
            SlidingWindowLog.Complete(permit.KeySlot, now);
        }
    }

    /// <summary>A 429: pauses the whole tenant. Returns when it may send again.</summary>
    public DateTimeOffset Throttled(string tenantId, TimeSpan? retryAfter)
    {
        lock (_lock)
        {
            return _gate.Pause(tenantId, retryAfter, time.GetUtcNow());
        }
    }

    public void Succeeded(string tenantId)
    {
        lock (_lock)
        {
            _gate.Succeeded(tenantId);
        }
    }

    /// <summary>
    /// Tenants that cannot start a call now (paused, or their per-second budget is spent), so the
    /// worker claims other tenants' rows instead of holding slots for them; and when the first frees up.
    /// </summary>
    public (IReadOnlyList<string> Tenants, TimeSpan? FirstFreeIn) Saturated()
    {
        lock (_lock)
        {
            // Asked on every turn of the worker's loop, so it allocates only for what it finds.
            var now = time.GetUtcNow();
            List<string>? tenants = null;
            TimeSpan? first = null;
            void Note(string tenantId, TimeSpan wait)
            {
                if (wait <= TimeSpan.Zero)
                {
                    return;
                }

                // Each tenant is noted once, with the longer of its pause and its windows' wait; the first to free up is the
                // shortest of those.
                (tenants ??= []).Add(tenantId);
                first = first is { } f && f <= wait ? f : wait;
            }

            foreach (var (tenantId, until) in _gate.Paused(now))
            {
                Note(tenantId, Max(until - now, _tenants.TryGetValue(tenantId, out var log) ? log.DelayUntilFree(now) : TimeSpan.Zero));
            }

            foreach (var (tenantId, log) in _tenants)
            {
                if (_gate.PausedUntil(tenantId, now) is null)
                {
                    Note(tenantId, log.DelayUntilFree(now));
                }
            }

            return (tenants ?? (IReadOnlyList<string>)[], first);
        }
    }

    /// <summary>Drops what no window can see any more, so idle keys cost no memory.</summary>
    public void Prune()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            PruneAll(_tenants, now);
            PruneAll(_keys, now);
            _gate.Prune(now);
        }
    }

    private static void PruneAll(Dictionary<string, SlidingWindowLog> logs, DateTimeOffset now)
    {
        foreach (var key in logs.Where(l => l.Value.Prune(now)).Select(l => l.Key).ToList())
        {
            logs.Remove(key);
        }
    }

    private static SlidingWindowLog LogFor(Dictionary<string, SlidingWindowLog> logs, string key, IReadOnlyList<RateWindow> windows)
    {
        if (!logs.TryGetValue(key, out var log))
        {
            log = new SlidingWindowLog(windows);
            logs[key] = log;
        }

        return log;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
