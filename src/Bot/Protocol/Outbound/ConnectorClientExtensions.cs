using System.Runtime.CompilerServices;

namespace SkoleUtvikling.Bot.Protocol.Outbound;

public static class ConnectorClientExtensions
{
    /// <summary>Every member of a conversation or team, page by page (the non-paged call is deprecated and throttled).</summary>
    public static async IAsyncEnumerable<ChannelAccount> GetAllMembersAsync(
        this IConnectorClient connector,
        string serviceUrl,
        string conversationId,
        int pageSize = ConnectorPaths.MaxPageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? continuation = null;
        do
        {
            var page = await connector.GetPagedMembersAsync(serviceUrl, conversationId, pageSize, continuation, cancellationToken);
            foreach (var member in page.Members)
            {
                yield return member;
            }

            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));
    }
}
