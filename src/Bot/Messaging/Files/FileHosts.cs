namespace SkoleUtvikling.Bot.Messaging.Files;

/// <summary>Where the bot fetches and puts users' files: SharePoint/OneDrive over https; loopback only in development mode.</summary>
public static class FileHosts
{
    public static bool IsAllowed(Uri url, FileLimits limits, bool developmentMode)
    {
        if (url.IsLoopback)
        {
            return developmentMode;
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        return limits.AllowedHosts.Any(h => h.StartsWith('.')
            ? url.Host.EndsWith(h, StringComparison.OrdinalIgnoreCase)
            : string.Equals(url.Host, h, StringComparison.OrdinalIgnoreCase));
    }
}
