namespace SkoleUtvikling.Bot.Storage.Queue.Limits;

/// <summary>
/// The recent requests of one key (a conversation or a tenant), checked against several sliding
/// windows at once. A request counts from the moment it is taken until a window's length after it
/// <em>finished</em>: the service counts it when it arrives, which is somewhere in between, so
/// counting the later end can never let us exceed what the service sees. Not thread-safe; the
/// owner locks.
/// </summary>
public sealed class SlidingWindowLog(IReadOnlyList<RateWindow> windows)
{
    private readonly List<RateSlot> _slots = [];

    // Reused by every look at a window: the worker looks on each commit it is told of, thousands a second under load.
    private readonly List<DateTimeOffset> _finished = [];
    private readonly TimeSpan _longest = windows.Count == 0 ? TimeSpan.Zero : windows.Max(w => w.Length);

    public IReadOnlyList<RateWindow> Windows => windows;

    /// <summary>Requests kept: in flight, or still seen by some window.</summary>
    internal int Count => _slots.Count;

    /// <summary>How long until one more request fits every window; zero when it fits now.</summary>
    public TimeSpan DelayUntilFree(DateTimeOffset now)
    {
        var delay = TimeSpan.Zero;
        foreach (var window in windows)
        {
            var wait = WaitFor(window, now);
            if (wait > delay)
            {
                delay = wait;
            }
        }

        return delay;
    }

    /// <summary>Counts a request starting now. Call <see cref="Complete"/> when its answer came.</summary>
    public RateSlot Take(DateTimeOffset now)
    {
        // What no window sees any more goes here, not only in the periodic prune: a tenant at 50 a second
        // otherwise gathered 3,000 slots a minute, and every look at its limit read them all (issue 16).
        Prune(now);
        var slot = new RateSlot(now);
        _slots.Add(slot);
        return slot;
    }

    public static void Complete(RateSlot slot, DateTimeOffset now) => slot.Finish(now);

    /// <summary>Forgets requests no window can see any more; true when nothing is left (the key can go).</summary>
    public bool Prune(DateTimeOffset now)
    {
        _slots.RemoveAll(s => !s.InFlight && s.At <= now - _longest);
        return _slots.Count == 0;
    }

    private TimeSpan WaitFor(RateWindow window, DateTimeOffset now)
    {
        var from = now - window.Length;
        var inFlight = 0;
        var finished = _finished;
        finished.Clear();
        foreach (var slot in _slots)
        {
            if (slot.InFlight)
            {
                inFlight++;
            }
            else if (slot.At > from)
            {
                finished.Add(slot.At);
            }
        }

        var count = inFlight + finished.Count;
        if (count < window.Limit)
        {
            return TimeSpan.Zero;
        }

        if (finished.Count == 0 || inFlight >= window.Limit)
        {
            // Only answers still outstanding fill the window: ask again when one finishes.
            return window.Length / window.Limit;
        }

        // The window has room again once enough of the oldest finished requests slid out of it.
        finished.Sort();
        var mustLeave = count - window.Limit + 1;
        return finished[mustLeave - 1] + window.Length - now;
    }
}
