namespace SkoleUtvikling.Testing.Connector;

/// <summary>
/// Teams' limits as the fake enforces them, written down here independently of the bot's own table
/// (TD <c>bots/how-to/rate-limit</c>): per bot per conversation 7/1 s, 8/2 s, 60/30 s, 1800/3600 s
/// for send and create; 50 requests per second per app per tenant. A request counts when it arrives;
/// rejected requests do not count.
/// </summary>
public sealed class FakeRateLimits(TimeProvider time)
{
    public static readonly (int Limit, TimeSpan Window)[] PerConversation =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<DateTimeOffset>> _arrivals = [];

    public int PerTenantPerSecond { get; set; } = 50;

    public bool Enabled { get; set; } = true;

    /// <summary>Counts the request and returns null when allowed, else how long until it would be.</summary>
    public TimeSpan? Admit(string? conversationKey, string? tenantId)
    {
        if (!Enabled)
        {
            return null;
        }

        lock (_lock)
        {
            var now = time.GetUtcNow();
            var waits = new List<TimeSpan>();
            if (conversationKey is not null)
            {
                waits.AddRange(PerConversation.Select(w => WaitFor("c|" + conversationKey, w.Limit, w.Window, now)));
            }

            if (tenantId is not null)
            {
                waits.Add(WaitFor("t|" + tenantId, PerTenantPerSecond, TimeSpan.FromSeconds(1), now));
            }

            var wait = waits.Count == 0 ? TimeSpan.Zero : waits.Max();
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            if (conversationKey is not null)
            {
                Arrivals("c|" + conversationKey).Add(now);
            }

            if (tenantId is not null)
            {
                Arrivals("t|" + tenantId).Add(now);
            }

            return null;
        }
    }

    private TimeSpan WaitFor(string key, int limit, TimeSpan window, DateTimeOffset now)
    {
        var inWindow = Arrivals(key).Where(a => a > now - window).OrderBy(a => a).ToList();
        return inWindow.Count < limit ? TimeSpan.Zero : inWindow[inWindow.Count - limit] + window - now;
    }

    private List<DateTimeOffset> Arrivals(string key)
    {
        if (!_arrivals.TryGetValue(key, out var list))
        {
            list = [];
            _arrivals[key] = list;
        }

        list.RemoveAll(a => a <= time.GetUtcNow() - TimeSpan.FromHours(1));
        return list;
    }
}
