using SkoleUtvikling.Bot.Storage.Queue.Limits;

namespace SkoleUtvikling.Bot.Storage.Outbox.Sending;

/// <summary>Teams' published limits (protocol.md §5, TD <c>bots/how-to/rate-limit</c>; estimates that may change).</summary>
public static class TeamsRateLimits
{
    /// <summary>Send to conversation and create conversation, per bot per conversation.</summary>
    public static readonly IReadOnlyList<RateWindow> PerConversation =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromSeconds(3600)),
    ];

    /// <summary>All calls of one app in one tenant (an older revision of the page said 30).</summary>
    public const int PerTenantPerSecond = 50;
}
