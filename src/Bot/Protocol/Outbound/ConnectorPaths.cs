namespace SkoleUtvikling.Bot.Protocol.Outbound;

/// <summary>Every Connector route in one place (protocol.md §2). Paths are relative to serviceUrl; ids are escaped.</summary>
public static class ConnectorPaths
{
    public static string Activities(string conversationId) => $"v3/conversations/{E(conversationId)}/activities";

    public static string Activity(string conversationId, string activityId) => $"v3/conversations/{E(conversationId)}/activities/{E(activityId)}";

    public const string Conversations = "v3/conversations";

    public static string PagedMembers(string conversationId, int pageSize, string? continuationToken) =>
        $"v3/conversations/{E(conversationId)}/pagedmembers?pageSize={pageSize}" +
        (continuationToken is null ? "" : $"&continuationToken={E(continuationToken)}");

    public static string Member(string conversationId, string userId) => $"v3/conversations/{E(conversationId)}/members/{E(userId)}";

    public static string Team(string teamId) => $"v3/teams/{E(teamId)}";

    public static string TeamChannels(string teamId) => $"v3/teams/{E(teamId)}/conversations";

    /// <summary>serviceUrl with a trailing slash, so relative paths keep its path (e.g. <c>/teams/</c>).</summary>
    public static Uri Base(string serviceUrl) => new(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute);

    private static string E(string id) => Uri.EscapeDataString(id);
}
