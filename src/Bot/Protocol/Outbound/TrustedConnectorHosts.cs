namespace SkoleUtvikling.Bot.Protocol.Outbound;

/// <summary>
/// The hosts that may receive the bot's Connector token: the Bot Connector and Teams hosts of the
/// M365 Agents SDK allowlist (Builder/OutboundHostValidator.cs, protocol.md §2) over https. Loopback
/// (the fake Connector of the tests) only when <c>BotAuth:AllowLoopbackForTests</c> says so, which
/// production refuses at start. Graph, SharePoint and Blob hosts from that list are left out: they
/// never need a token scoped to the Bot Connector.
/// </summary>
public static class TrustedConnectorHosts
{
    // A host equal to one of these or below it.
    private static readonly string[] Domains = ["botframework.com", "teams.microsoft.com", "teams.microsoft.us"];

    // Exact only: trafficmanager.net is shared by every Azure customer.
    private static readonly string[] ExactHosts = ["smba.trafficmanager.net"];

    public static bool IsTrusted(Uri uri, bool allowLoopback)
    {
        if (!uri.IsAbsoluteUri)
        {
            return false;
        }

        if (uri.IsLoopback)
        {
            return allowLoopback && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var host = uri.IdnHost.TrimEnd('.');
        return ExactHosts.Any(h => string.Equals(host, h, StringComparison.OrdinalIgnoreCase))
            || Domains.Any(d => string.Equals(host, d, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));
    }
}
