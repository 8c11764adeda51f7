using System.Net;

namespace SkoleUtvikling.Bot.Protocol;

/// <summary>
/// Development mode (no MicrosoftAppId) accepts requests without a token, so it must never be
/// reachable from another machine: every listening address has to be loopback.
/// </summary>
public static class LoopbackGuard
{
    public static void EnsureLoopbackOnly(IEnumerable<string> urls)
    {
        var offending = urls.Where(u => !IsLoopback(u)).ToList();
        if (offending.Count > 0)
        {
            throw new InvalidOperationException(
                $"MicrosoftAppId is not set, so the bot runs in development mode without authentication and may only listen on loopback. " +
                $"Set MicrosoftAppId (with MicrosoftAppPassword and MicrosoftAppTenantId), or change Urls/ASPNETCORE_URLS to 127.0.0.1. Offending: {string.Join(", ", offending)}");
        }
    }

    public static bool IsLoopback(string url)
    {
        // Kestrel's wildcards ("*", "+") do not parse as URIs; treat them as "all interfaces".
        var normalized = url.Replace("://*", "://wildcard.invalid", StringComparison.Ordinal).Replace("://+", "://wildcard.invalid", StringComparison.Ordinal);
        if (!Uri.TryCreate(normalized, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
