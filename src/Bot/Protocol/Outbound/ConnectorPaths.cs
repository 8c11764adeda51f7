namespace SkoleUtvikling.Bot.Protocol.Outbound;

/// <summary>
/// Every Connector route in one place (protocol.md §2). Paths are relative to the serviceUrl (a leading
/// <c>/</c> would drop its <c>/teams/</c> part) and every id is escaped, as Bot Builder does.
/// </summary>
public static class ConnectorPaths
{
    /// <summary>Where to send when no serviceUrl is stored for a conversation (BFApi).</summary>
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/teams/";

    /// <summary>Teams counts a page size below this as this (protocol.md §2).</summary>
    public const int MinPageSize = 50;

    /// <summary>Teams caps a page size above this.</summary>
    public const int MaxPageSize = 500;

    public const string Conversations = "v3/conversations";

    public static string Activities(string conversationId) => $"v3/conversations/{E(conversationId)}/activities";

    public static string Activity(string conversationId, string activityId) => $"v3/conversations/{E(conversationId)}/activities/{E(activityId)}";

    /// <summary>Page size is clamped to what Teams honours, so the request says what the service will do.</summary>
    public static string PagedMembers(string conversationId, int pageSize, string? continuationToken) =>
        $"v3/conversations/{E(conversationId)}/pagedmembers?pageSize={Math.Clamp(pageSize, MinPageSize, MaxPageSize)}" +
        (string.IsNullOrEmpty(continuationToken) ? "" : $"&continuationToken={E(continuationToken)}");

    public static string Members(string conversationId) => $"v3/conversations/{E(conversationId)}/members";

    public static string Member(string conversationId, string userId) => $"v3/conversations/{E(conversationId)}/members/{E(userId)}";

    public static string Team(string teamId) => $"v3/teams/{E(teamId)}";

    public static string TeamChannels(string teamId) => $"v3/teams/{E(teamId)}/conversations";

    /// <summary>The serviceUrl with a trailing slash, so relative paths keep its path (e.g. <c>/teams/</c>).</summary>
    /// <exception cref="ArgumentException">Not an absolute http(s) address.</exception>
    public static Uri Base(string serviceUrl)
    {
        var withSlash = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        if (!Uri.TryCreate(withSlash, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"serviceUrl '{serviceUrl}' is not an absolute http(s) address.", nameof(serviceUrl));
        }

        return uri;
    }

    /// <summary>The absolute address of <paramref name="path"/> under <paramref name="serviceUrl"/>.</summary>
    public static Uri Resolve(string serviceUrl, string path) => new(Base(serviceUrl), path);

    private static string E(string id) => Uri.EscapeDataString(id);
}
